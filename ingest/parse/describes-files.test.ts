import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';

const parse = (text: string) => parseDocument({ source: 'note.md', sha256: 'c'.repeat(64), text });

describe('notes describing files', () => {
  it('yields no parts for a README-like list of source files and repositories', () => {
    const note = [
      '# Papers of other councils',
      '',
      'Each file is byte-identical to the one in the repository it came from; only names were made safe.',
      '',
      '| folder | council | format | from (repository @ commit, path) |',
      '| --- | --- | --- | --- |',
      '| `north/` | North Borough: Cabinet 3 March 2025 | PDF | example/papers @ 0123456789abcdef0123456789abcdef01234567, `archive/` |',
      '',
      'Questions over these papers: `../eval/north.jsonl`.',
    ].join('\n');
    expect(parse(note).parts).toEqual([]);
  });

  it('still reads an unstructured markdown paper that cites a file or two', () => {
    const paper = [
      '# Notes from the walkabout',
      '',
      'Members walked the estate and saw the new play area; photographs are in `photos.pdf`.',
      'The residents asked for more bins near the shops.',
    ].join('\n');
    expect(parse(paper).parts).toHaveLength(1);
  });

  it('still reads a note full of file names when it records a meeting', () => {
    const minutes = [
      'Notes of the residents panel',
      '',
      'Apologies: J Smith. Papers: `a.pdf`, `b.pdf`, `c.pdf`, `d.pdf`.',
      'It was moved and seconded that the plan be adopted.',
    ].join('\n');
    expect(parse(minutes).parts.length).toBeGreaterThan(0);
  });
});
