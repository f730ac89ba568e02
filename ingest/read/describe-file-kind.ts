import type { Stats } from 'node:fs';

/** What a path that is not a regular file is, for the one-line reason it is refused. */
export function describeFileKind(
  stats: Pick<Stats, 'isCharacterDevice' | 'isBlockDevice' | 'isFIFO' | 'isSocket' | 'isDirectory'>,
): string {
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a file';
}
