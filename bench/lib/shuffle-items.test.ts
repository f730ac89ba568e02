import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse/parse-document.js';
import { createRandom } from './create-random.js';
import { shuffleItems } from './shuffle-items.js';

const minutes = [
  'MINUTES',
  'Present:- Councillor A.',
  '',
  '12. DECLARATIONS OF INTEREST',
  'There were none.',
  '',
  '13. SCHOOL ATTENDANCE',
  'Attendance rose.',
  'Resolved:- That the report be noted.',
  '',
  '14. CARE LEAVERS',
  'Housing for care leavers.',
  '',
  '15. URGENT BUSINESS',
  'None.',
  '',
].join('\n');

describe('shuffleItems', () => {
  it('reorders the items of a run, keeping each item whole and the numbers in sequence', () => {
    const shuffled = shuffleItems(minutes, createRandom(3));
    expect(shuffled).not.toBe(minutes);
    expect(shuffled.length).toBe(minutes.length);
    expect(shuffled.startsWith('MINUTES\nPresent:- Councillor A.\n\n12. ')).toBe(true);
    expect([...shuffled.matchAll(/^(\d+)\./gm)].map((match) => match[1])).toEqual(['12', '13', '14', '15']);
    const bodies = (text: string) =>
      text
        .split(/^\d+\. /m)
        .slice(1)
        .sort();
    expect(bodies(shuffled)).toEqual(bodies(minutes));
    // The last item's extent is unknown, so it stays last.
    expect(shuffled.endsWith('15. URGENT BUSINESS\nNone.\n')).toBe(true);
  });

  it('is deterministic for a seed and leaves text without runs alone', () => {
    expect(shuffleItems(minutes, createRandom(9))).toBe(shuffleItems(minutes, createRandom(9)));
    const loose = 'Intro\n1. Only one numbered line\nmore text\n';
    expect(shuffleItems(loose, createRandom(1))).toBe(loose);
  });

  it('does not carry a part boundary inside a moved item', () => {
    const pack = `${minutes}\nIMPROVING LIVES SELECT COMMISSION\nPresent:- Councillor B.\n\n16. APOLOGIES\nNone.\n17. WORK PROGRAMME\nNoted.\n`;
    const shuffled = shuffleItems(pack, createRandom(5));
    expect(shuffled.indexOf('IMPROVING LIVES SELECT COMMISSION')).toBeGreaterThan(shuffled.indexOf('15. '));
    expect(shuffled.indexOf('16. APOLOGIES')).toBeGreaterThan(shuffled.indexOf('IMPROVING LIVES SELECT COMMISSION'));
  });

  it('keeps the real papers parsing into the same parts and minute items', () => {
    const corpus = join(import.meta.dirname, '../../corpus');
    for (const file of readdirSync(corpus).filter((name) => name.endsWith('.txt'))) {
      const text = readFileSync(join(corpus, file), 'utf8');
      const shuffled = shuffleItems(text, createRandom(11));
      expect(shuffled).not.toBe(text);
      const before = parseDocument({ source: file, text, sha256: '' });
      const after = parseDocument({ source: file, text: shuffled, sha256: '' });
      expect(after.parts.map((part) => [part.kind, part.committee, part.meetingDate])).toEqual(
        before.parts.map((part) => [part.kind, part.committee, part.meetingDate]),
      );
      const titles = (parts: typeof before.parts) =>
        parts.flatMap((part) => part.minutes?.items.map((item) => item.title) ?? []).sort();
      expect(titles(after.parts)).toEqual(titles(before.parts));
    }
  });
});
