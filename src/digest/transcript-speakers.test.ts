import { describe, expect, it } from 'vitest';
import { transcriptSpeakers } from './transcript-speakers.js';

describe('transcriptSpeakers', () => {
  it('names the main voices by how much they said, leaving out the chair and passing remarks', () => {
    const turns = [
      { speaker: 'The Chair (Hon. Petra Lund)', start: 0, end: 900 },
      { speaker: 'Ms. Ida Varga', start: 900, end: 1300 },
      { speaker: 'Dr. Tomas Reyes', start: 1300, end: 2500 },
      { speaker: 'Ms. Ida Varga', start: 2500, end: 3000 },
      { speaker: 'An hon. member', start: 3000, end: 3010 },
      { speaker: 'Mr. Aldo Finch (Lakeshore North, GP)', start: 3010, end: 3010 + 300 },
      { speaker: 'The Acting Chair (Mr. Ole Brandt)', start: 3310, end: 3700 },
    ];
    expect(transcriptSpeakers(turns)).toEqual(['Dr. Tomas Reyes', 'Ms. Ida Varga', 'Mr. Aldo Finch']);
    expect(transcriptSpeakers(turns, 1)).toEqual(['Dr. Tomas Reyes']);
  });
});
