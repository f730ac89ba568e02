import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import type { Chunk } from '../../core/chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { latestOfficeHolder } from './latest-office-holder.js';

const now = new Date('2040-06-01');
const committees = ['Harbour Scrutiny Panel'];
const passage = (chunk: Chunk, score: number) => ({ chunk, score });
// The older paper ranks first: it prints the office in a heading line the question's words match well.
const older = testChunk({
  committee: 'Harbour Scrutiny Panel',
  meetingDate: '2038-02-11',
  text: 'Harbour Scrutiny Panel work programme\n\nChair: Cllr Odile Marsh\n\nVice-Chair: Cllr Petra Quayle',
});
const newer = testChunk({
  committee: 'Harbour Scrutiny Panel',
  meetingDate: '2039-10-02',
  text: 'Membership:- Councillors Marsh (Chair), Tennant (Vice-Chair), Ulverton and Yeo.',
});
const passages = [passage(older, 2), passage(newer, 1)];
const holder = (question: string) =>
  latestOfficeHolder(passages, analyzeQuestion(question, { now, committees }))?.segment.text;

describe('latestOfficeHolder', () => {
  it("quotes the newest paper's holder of the office asked now, not an older paper's ranked above it", () => {
    expect(holder('who is the vice chair of the harbour scrutiny panel?')).toBe(newer.text);
    expect(holder('who chairs the harbour scrutiny panel')).toBe(newer.text);
  });

  it('reads a plain chair as no vice chair', () => {
    const onlyVice = [passage(testChunk({ meetingDate: '2039-12-01', text: 'Vice-Chair: Cllr Petra Quayle' }), 1)];
    expect(latestOfficeHolder(onlyVice, analyzeQuestion('who is the chair?', { now }))).toBeUndefined();
  });

  it('leaves a question naming a time, or asking how it came about, to the usual ranking', () => {
    expect(holder('who was the vice chair of the harbour scrutiny panel in 2038?')).toBeUndefined();
    expect(holder('how was the vice chair of the harbour scrutiny panel chosen?')).toBeUndefined();
  });
});
