import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { changeBetweenMeetings, meetingsCompared } from './change-between-meetings.js';

const committee = 'Housing Committee';
const march = {
  chunk: testChunk({
    committee,
    meetingDate: '2041-03-15',
    text: 'There were 142 households in temporary accommodation at the end of February, of which 31 were in bed and breakfast. Rent arrears stood at £1.24 million.',
  }),
  score: 1,
};
const june = {
  chunk: testChunk({
    committee,
    meetingDate: '2041-06-14',
    text: 'There were 118 households in temporary accommodation at the end of May, of which 19 were in bed and breakfast.',
  }),
  score: 2,
};
const chosen = {
  candidates: [{ passage: june, coverage: 1 }],
  segments: [{ start: 0, end: june.chunk.text.length, text: june.chunk.text, passageIndex: 0, score: 1, signal: 0 }],
};

describe('meetingsCompared', () => {
  it('reads the two meetings a question compares a figure between, only when it asks which way it moved', () => {
    expect(meetingsCompared('Did arrears go up or down between the March and June 2041 meetings?')).toEqual([
      { month: 3, year: 2041 },
      { month: 6, year: 2041 },
    ]);
    expect(meetingsCompared('How has the waiting list changed since the last meeting?')).toEqual([
      'previous',
      'latest',
    ]);
    expect(meetingsCompared('What was said at the March and June meetings?')).toBeUndefined();
  });
});

describe('changeBetweenMeetings', () => {
  it("quotes each meeting's figure, oldest first, and says which way it moved", () => {
    const compared = changeBetweenMeetings(
      'How has the number of households in bed and breakfast changed since the March meeting?',
      chosen,
      [june, march],
    );
    expect(compared && 'list' in compared).toBe(true);
    if (!compared || !('list' in compared)) return;
    expect(compared.list.segments.map((segment) => compared.list.candidates[segment.passageIndex]!.passage)).toEqual([
      march,
      june,
    ]);
    expect(compared.verdict).toBe('From 31 (15 March 2041) to 19 (14 June 2041): down.');
  });

  it('says which meeting gives no figure rather than which way it moved', () => {
    const compared = changeBetweenMeetings(
      'Did rent arrears go up or down between the March and June meetings?',
      chosen,
      [june, march],
    );
    expect(compared).toEqual({
      missing:
        'I found the figure for the 15 March 2041 meeting (£1.24 million) but not for the 14 June 2041 meeting in the papers, so I cannot say which way it moved.',
    });
    // Neither meeting printing it says so plainly.
    expect(
      changeBetweenMeetings('Did council tax arrears go up or down between the March and June meetings?', chosen, [
        june,
        march,
      ]),
    ).toEqual({
      missing:
        'I found no figure for the 15 March 2041 meeting or the 14 June 2041 meeting in the papers, so I cannot say which way it moved.',
    });
  });
});
