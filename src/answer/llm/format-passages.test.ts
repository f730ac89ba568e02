import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { formatPassages } from './format-passages.js';

const text = 'Cllr Ada Obi: How many beds are open?\n\nDr Sam Reid: Forty beds opened in March.';
const transcript: Chunk = {
  id: 'b:3',
  source: 'panel.txt',
  documentSha: 'b',
  ordinal: 3,
  partIndex: 0,
  kind: 'transcript',
  committee: 'Health Scrutiny Panel',
  meetingDate: '2024-05-14',
  partTitle: 'Transcript',
  section: 'Cllr Ada Obi · Dr Sam Reid',
  headingPath: ['Health Scrutiny Panel', '2024-05-14', 'Transcript', 'Cllr Ada Obi · Dr Sam Reid'],
  exempt: false,
  text,
  start: 0,
  end: text.length,
  line: 1,
  speakers: ['Cllr Ada Obi', 'Dr Sam Reid'],
  speakerTurns: [
    { speaker: 'Cllr Ada Obi', start: 0 },
    { speaker: 'Dr Sam Reid', start: 39 },
  ],
};

describe('formatPassages', () => {
  it('names the speakers of a transcript passage so a claim can say who said it', () => {
    const block = formatPassages([{ chunk: transcript, score: 1 }], 'f3nc3');
    expect(block).toContain('speakers: Cllr Ada Obi; Dr Sam Reid\n');
    expect(block).toContain('paper: transcript');
  });

  it('prints no speakers line for a paper nobody speaks in', () => {
    const minutes: Chunk = { ...transcript, kind: 'minutes', speakers: undefined, speakerTurns: undefined };
    const block = formatPassages([{ chunk: minutes, score: 1 }], 'f3nc3');
    expect(block).not.toContain('speakers:');
  });
});
