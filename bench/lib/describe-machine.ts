import { cpus, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGigabytes: number;
  node: string;
  date: string;
}

/** What the figures were measured on. */
export function describeMachine(now = new Date()): Machine {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGigabytes: totalmem() / 2 ** 30,
    node: process.version,
    date: now.toISOString().slice(0, 10),
  };
}
