import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from './collect-inputs.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'quorum-collect-inputs-'));
  const files = [
    'papers/b.pdf',
    'papers/a.md',
    'papers/notes.docx',
    'papers/2023/z.html',
    'papers/2023/m.txt',
    'papers/.hidden.md',
    'papers/.cache/skipped.md',
    'papers/B-upper.txt',
    'loose/.dotfile.txt',
  ];
  for (const file of files) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), 'text');
  }
  await symlink(join(root, 'papers'), join(root, 'papers/2023/loop'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('collectInputs', () => {
  it('expands folders recursively in name order, skipping dot entries and keeping every extension', async () => {
    const { files, errors } = await collectInputs([join(root, 'papers')]);
    expect(errors).toEqual([]);
    expect(files).toEqual(
      ['2023/m.txt', '2023/z.html', 'B-upper.txt', 'a.md', 'b.pdf', 'notes.docx'].map((file) =>
        join(root, 'papers', file),
      ),
    );
  });

  it('keeps files as given, in the given order, dotfiles included', async () => {
    const dotfile = join(root, 'loose/.dotfile.txt');
    const pdf = join(root, 'papers/b.pdf');
    await expect(collectInputs([pdf, dotfile])).resolves.toEqual({ files: [pdf, dotfile], errors: [] });
  });

  it('lists a file reached twice only once', async () => {
    const pdf = join(root, 'papers/b.pdf');
    const { files } = await collectInputs([pdf, join(root, 'papers')]);
    expect(files.filter((file) => file.endsWith('b.pdf'))).toEqual([pdf]);
  });

  it('reports a missing path with a one-line message naming it and keeps going', async () => {
    const missing = join(root, 'nowhere/minutes.pdf');
    const pdf = join(root, 'papers/b.pdf');
    const { files, errors } = await collectInputs([missing, pdf]);
    expect(files).toEqual([pdf]);
    expect(errors).toEqual([{ path: missing, message: `${missing}: no such file or folder` }]);
  });

  it('reports a link to a device as not a regular file and keeps going', async () => {
    const folder = join(root, 'with-device');
    await mkdir(folder);
    await writeFile(join(folder, 'a.txt'), 'text');
    await symlink('/dev/zero', join(folder, 'zero.txt'));
    const { files, errors } = await collectInputs([folder]);
    expect(files).toEqual([join(folder, 'a.txt')]);
    const device = join(folder, 'zero.txt');
    expect(errors).toEqual([{ path: device, message: `${device}: not a regular file (a device)` }]);
  });

  it('returns nothing for no paths', async () => {
    await expect(collectInputs([])).resolves.toEqual({ files: [], errors: [] });
  });
});
