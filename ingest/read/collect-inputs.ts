import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeFileKind } from './describe-file-kind.js';

export interface InputProblem {
  path: string;
  message: string;
}

export interface CollectedInputs {
  files: string[];
  errors: InputProblem[];
}

/**
 * Expands folders (recursively, in name order, skipping dotfiles and dot-folders) and keeps files as
 * given. Extensions are not filtered here so an unsupported file fails later with a message naming it;
 * devices, named pipes and sockets (directly or through a link) are problems here, never read.
 */
export async function collectInputs(paths: string[]): Promise<CollectedInputs> {
  const collected: CollectedInputs = { files: [], errors: [] };
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();

  const addFile = (path: string): void => {
    const key = resolve(path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    collected.files.push(path);
  };

  const walkFolder = async (folder: string): Promise<void> => {
    // Real paths guard against symlink loops and folders reached twice.
    const key = await realpath(folder);
    if (seenFolders.has(key)) return;
    seenFolders.add(key);
    const names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort(compareNames);
    for (const name of names) await visit(join(folder, name));
  };

  const visit = async (path: string): Promise<void> => {
    try {
      // stat follows symbolic links: what counts is what a link points to (a /dev/zero link is a device).
      const stats = await stat(path);
      if (stats.isDirectory()) await walkFolder(path);
      else if (stats.isFile()) addFile(path);
      else collected.errors.push({ path, message: `${path}: not a regular file (${describeFileKind(stats)})` });
    } catch (error) {
      collected.errors.push({ path, message: describeProblem(path, error) });
    }
  };

  for (const path of paths) await visit(path);
  return collected;
}

// Code-point order keeps the listing identical across locales and machines.
function compareNames(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

function describeProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${path}: no such file or folder`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`;
  if (code === 'ELOOP') return `${path}: too many levels of symbolic links`;
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `${path}: cannot be read (${reason})`;
}
