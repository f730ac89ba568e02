import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse/parse-document.js';
import { createRandom } from './create-random.js';
import { findPaperCommittee } from './find-paper-committee.js';
import { varyPaper } from './vary-paper.js';

describe('varyPaper', () => {
  it('makes a copy that parses as another committee, a year later', () => {
    const text = readFileSync(join(import.meta.dirname, '../../corpus/001_10f830cb2e8bf681.txt'), 'utf8');
    const from = findPaperCommittee(text);
    expect(from).toBe('Improving Lives Select Commission');
    const copy = varyPaper(text, {
      days: 364,
      committee: { from: from!, to: 'Overview and Scrutiny Management Board' },
      random: createRandom(1),
    });
    const before = parseDocument({ source: 'a', text, sha256: '' });
    const after = parseDocument({ source: 'b', text: copy, sha256: '' });
    expect(after.parts.map((part) => part.committee)).toEqual(
      before.parts.map(() => 'Overview and Scrutiny Management Board'),
    );
    expect(after.parts[0]!.meetingDate).toBe('2020-01-14');
    expect(before.parts[0]!.meetingDate).toBe('2019-01-15');
    expect(copy).not.toMatch(/Improving Lives Select Commission/i);
  });
});
