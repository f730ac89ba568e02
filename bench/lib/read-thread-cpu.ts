import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessCpu {
  /** CPU seconds of the process's main thread (the one that receives and acks Slack's requests). */
  mainSeconds: number;
  /** CPU seconds of all its threads together. */
  totalSeconds: number;
}

// Linux reports thread times in clock ticks, 100 a second on every common configuration.
const ticksPerSecond = 100;

/** CPU used so far by a process and by its main thread, from /proc (Linux only; undefined elsewhere). */
export function readProcessCpu(pid: number): ProcessCpu | undefined {
  try {
    let totalTicks = 0;
    let mainTicks = 0;
    for (const thread of readdirSync(`/proc/${pid}/task`)) {
      const ticks = threadTicks(readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8'));
      totalTicks += ticks;
      if (Number(thread) === pid) mainTicks = ticks;
    }
    return { mainSeconds: mainTicks / ticksPerSecond, totalSeconds: totalTicks / ticksPerSecond };
  } catch {
    return undefined;
  }
}

function threadTicks(stat: string): number {
  // The command name (field 2) may hold spaces, so fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}
