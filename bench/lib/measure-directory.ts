import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Bytes on disk under a directory, per file name (the SQLite database, its WAL, the vector graph…). */
export async function measureDirectory(directory: string): Promise<{ total: number; files: Record<string, number> }> {
  const files: Record<string, number> = {};
  let total = 0;
  for (const entry of await readdir(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size } = await stat(path);
    files[path.slice(directory.length + 1)] = size;
    total += size;
  }
  return { total, files };
}
