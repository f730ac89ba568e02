import { describe, expect, it } from 'vitest';
import { attendanceCount, type QuotedLine } from './attendance-count.js';

/** The lines of one passage, each quoted where it stands. */
function quotedLines(passageText: string, texts: string[]): QuotedLine[] {
  return texts.map((text) => {
    const start = passageText.indexOf(text);
    return { passage: 0, start, end: start + text.length, text, passageText };
  });
}

const minutes = [
  'PRESENT: Councillors Ada Quill (Chair), Tom Fenn (Vice-Chair), Ann Stroud and Des Okoro.',
  '',
  'ABSENT',
  'Councillor Ivo Penn',
  '',
  'Apologies for absence were received from Councillors Wil Strand and Bea Yeo.',
].join('\n');

describe('attendanceCount', () => {
  it('counts the names on the Present line quoted', () => {
    const quoted = quotedLines(minutes, [minutes.split('\n')[0]!, 'ABSENT', 'Councillor Ivo Penn']);
    expect(attendanceCount('How many members were present at the March meeting?', quoted)).toBe('Named as present: 4.');
    expect(attendanceCount('how many councillors attended?', quoted)).toBe('Named as present: 4.');
  });

  it('counts the names apologies were received from', () => {
    const quoted = quotedLines(minutes, [minutes.split('\n')[5]!]);
    expect(attendanceCount('How many apologies were received?', quoted)).toBe('Named in the apologies: 2.');
  });

  it('counts members printed one a line under a bare label, up to the next list', () => {
    const text = 'Present\n\nCllr A Bell\n\nCllr C Dunn\n\nCllr E Fox\n\nOfficers:\nJ Smith';
    const quoted = quotedLines(text, ['Present', 'Cllr A Bell', 'Cllr C Dunn', 'Cllr E Fox', 'Officers:']);
    expect(attendanceCount('How many councillors were present?', quoted)).toBe('Named as present: 3.');
  });

  it('leaves officers named on the Present line out of the count', () => {
    const text = 'Present: Cllr A Bell (Chair), Cllr C Dunn. Officers: J Smith, K Lowe';
    expect(attendanceCount('How many members were present?', quotedLines(text, [text]))).toBe('Named as present: 2.');
  });

  it('counts nothing when no count is asked, or the public or a measured attendance is', () => {
    const quoted = quotedLines(minutes, [minutes.split('\n')[0]!]);
    expect(attendanceCount('Who was present at the March meeting?', quoted)).toBeUndefined();
    expect(attendanceCount('How many members of the public attended?', quoted)).toBeUndefined();
    expect(attendanceCount('How many pupils had attendance below 90%?', quoted)).toBeUndefined();
  });

  it('counts nothing when no members list was quoted', () => {
    const text = 'The Chair welcomed 23 residents to the meeting.';
    expect(attendanceCount('How many people attended?', quotedLines(text, [text]))).toBeUndefined();
  });
});
