import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

// Linux reports process times in clock ticks, 100 a second on every common configuration.
const ticksPerSecond = 100;

/**
 * CPU seconds a PostgreSQL server running on this machine has used so far: the postmaster's own,
 * what its exited children (backends, index-build and autovacuum workers) left it, and what its
 * living children have used. On a machine shared with other work a load's wall time mostly says how
 * busy the machine was; the CPU it cost the server is unaffected by it. Undefined when the
 * server is elsewhere, its data directory is hidden from this user, or /proc is absent.
 */
export async function readServerCpu(client: pg.Client): Promise<number | undefined> {
  try {
    const { rows } = await client.query<{ directory: string }>("SELECT current_setting('data_directory') AS directory");
    const postmaster = Number(readFileSync(join(rows[0]!.directory, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const own = statFields(postmaster);
    if (!own) return undefined;
    let ticks = own.slice(11, 15).reduce((sum, field) => sum + Number(field), 0);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const fields = statFields(Number(entry));
      if (fields && Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** /proc/<pid>/stat's fields after the command name (field 3, the state, first); undefined once the process is gone. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces, so fields are counted after its closing parenthesis.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}
