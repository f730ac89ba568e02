import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInput } from '../read/read-input.js';
import { parseDocument } from './parse-document.js';

const folder = fileURLToPath(new URL('../../test/fixtures/held-out-transcripts/', import.meta.url));

async function parse(name: string) {
  const { text } = await readInput(`${folder}${name}`);
  const [part, ...rest] = parseDocument({ source: name, sha256: 'c'.repeat(64), text }).parts;
  expect(rest).toHaveLength(0);
  return { text, part: part! };
}

const speakers = (part: Awaited<ReturnType<typeof parse>>['part']) => [
  ...new Set(part.turns?.map((turn) => turn.speaker)),
];

describe('transcripts of further bodies and formats', () => {
  it('reads a Senedd record: numbered paragraphs, the English committee name and date of a bilingual heading', async () => {
    const { text, part } = await parse('senedd-school-transport.txt');
    expect(part).toMatchObject({
      kind: 'transcript',
      committee: 'The Children, Young People and Education Committee',
      meetingDate: '2026-03-12',
    });
    expect(speakers(part)).toEqual(['Gwenllian Pryce', 'Tobias Earnshaw', 'Mabli Hughes', 'Siân Morgannwg']);
    // "[2] We now move to…" names no one: it is still the chair speaking.
    const chair = part.turns![0]!;
    expect(text.slice(chair.start, chair.end)).toContain('We now move to our third evidence session');
  });

  it('reads diarised voices ("SPEAKER_02") as speakers, and the date of the recording line', async () => {
    const { part } = await parse('fenwick-allotments-diarised.txt');
    expect(part).toMatchObject({
      kind: 'transcript',
      committee: 'Allotments and Open Spaces Committee',
      meetingDate: '2026-05-19',
    });
    expect(speakers(part)).toEqual(['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_02', 'SPEAKER_03', 'SPEAKER_04']);
  });

  it("reads a note-taker's questions and answers as turns of the people in brackets, not as minutes", async () => {
    const { part } = await parse('thornleigh-parish-question-time.txt');
    expect(part).toMatchObject({
      kind: 'transcript',
      committee: 'Thornleigh Parish Council',
      meetingDate: '2026-04-22',
    });
    expect(part.turns!.slice(0, 4).map((turn) => turn.speaker)).toEqual([
      'Mr Keane',
      'Cllr Ebbs',
      'Mrs Albright',
      'Clerk',
    ]);
  });

  it('names the chamber a debate was held in, when its record names no committee', async () => {
    const { part } = await parse('hansard-rural-pharmacies.txt');
    expect(part).toMatchObject({ kind: 'transcript', committee: 'House of Commons', meetingDate: '2026-03-17' });
    expect(speakers(part)).toContain('Fiona Garside (Kilbride Moor) (SNP)');
  });

  it('gives a chair labelled by role in captions turns of their own', async () => {
    const { text, part } = await parse('dunholm-transport-forum.srt');
    expect(part).toMatchObject({ kind: 'transcript', meetingDate: null });
    const chair = part.turns!.filter((turn) => turn.speaker === 'CHAIR');
    expect(chair).toHaveLength(4);
    expect(chair.some((turn) => text.slice(turn.start, turn.end).includes('a grant of twenty two thousand'))).toBe(
      true,
    );
  });
});
