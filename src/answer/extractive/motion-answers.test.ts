import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import type { Chunk } from '../../core/chunk.js';
import { readableSegment } from '../../core/sentences.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { selectResolutions } from './select-resolutions.js';
import { type Candidate, selectSegments } from './select-segments.js';

// Minutes that record decisions as motions ("Moved …" / "Seconded …" / "That …" / "Carried"), with recorded
// votes, and Scottish minutes whose decisions sit under "Decision" / "The Committee agreed:".
const options = { maxSegments: 4, maxPassages: 3, relativeCutoff: 0.8, otherPassageCutoff: 0.92 };
const now = new Date('2025-06-01');

function candidate(text: string, overrides: Partial<Chunk> = {}, coverage = 0.8): Candidate {
  const chunk = testChunk({
    headingPath: ['Committee of the Whole', '2024-10-08', 'Minute 3.2 — Fees'],
    text,
    ...overrides,
  });
  return { passage: { chunk, score: 1 }, coverage };
}

function quote(question: string, candidates: Candidate[]): string {
  const analysis = analyzeQuestion(question, { now });
  return selectSegments(candidates, analysis, () => 1, options)
    .map((segment) => readableSegment(segment.text))
    .join(' | ');
}

const waiver = [
  '3.2 Arena Rental Fee Waiver',
  'Moved by Councillor Tremblay',
  'Seconded by Councillor Osei',
  'That Committee of the Whole recommend that Council waive arena rental fees for the hockey association for 2025.',
  'Defeated',
  '',
  '4. Adjournment',
  'Moved by Councillor Osei',
  'That the meeting adjourn.',
  'Carried',
].join('\n');

const resealing = [
  '6.1 CEMETERY ROAD RESEALING',
  'RESOLUTION 2024/301',
  'Moved: Cr Eriksen',
  'Seconded: Cr Naidu',
  'That Council:',
  '1. Accepts the quote of Bitumen Works Pty Ltd for resealing Cemetery Road.',
  '2. Authorises the General Manager to sign the contract.',
  'CARRIED 4/1',
  'For: Crs Faulkner, Eriksen, Naidu, Moffat',
  'Against: Cr Brennan',
].join('\n');

describe('answers from motions', () => {
  it('says whether the motion passed: its outcome comes with its wording, not the next motion’s', () => {
    const answer = quote('Did the hockey association get the arena fee waiver?', [candidate(waiver)]);
    expect(answer).toContain('waive arena rental fees');
    expect(answer).toContain('Defeated');
    expect(answer).not.toContain('Carried');
  });

  it('names who voted against, from the recorded vote under the outcome', () => {
    const answer = quote('Who voted against the cemetery road resealing contract?', [candidate(resealing)]);
    expect(answer).toContain('CARRIED 4/1');
    expect(answer).toContain('Against: Cr Brennan');
  });

  it('leaves the vote’s names out when the question does not ask who voted', () => {
    const answer = quote('What did the council accept for resealing Cemetery Road?', [candidate(resealing)]);
    expect(answer).toContain('CARRIED 4/1');
    expect(answer).not.toContain('Against: Cr Brennan');
  });
});

describe('answers from a decision under its heading', () => {
  const decision = [
    'Decision',
    '',
    'The Committee agreed:',
    '(i) to note that 37 homes had been returned to use;',
    '(ii) to extend the empty homes grant scheme to the island communities from April 2025; and',
    '(iii) that officers report again in November 2025.',
  ].join('\n');
  const report =
    'There was submitted a report by the Head of Housing proposing to extend the empty homes grant scheme to the island communities.';

  it('does not quote "Decision" or "The Committee agreed:" as if they were decisions', () => {
    const analysis = analyzeQuestion('Which option was agreed for the empty homes grant scheme?', { now });
    const resolved = candidate(decision, { section: 'Resolved', minute: '2', minuteTitle: 'Empty Homes Grants' });
    const chosen = selectResolutions([resolved], analysis, () => 1) ?? [];
    const quoted = chosen.map((segment) => readableSegment(segment.text));
    expect(quoted.some((text) => text.includes('island communities'))).toBe(true);
    expect(quoted).not.toContain('Decision');
    expect(quoted).not.toContain('The Committee agreed:');
  });

  it('answers "when" with the month the decision names rather than the report that proposed it', () => {
    const answer = quote('When will the empty homes grant scheme reach the island communities?', [
      candidate(report, { minute: '2', minuteTitle: 'Empty Homes Grants' }),
      candidate(decision, { section: 'Resolved', minute: '2', minuteTitle: 'Empty Homes Grants' }),
    ]);
    expect(answer.split(' | ')[0]).toContain('from April 2025');
  });
});

describe('selectResolutions', () => {
  it('leaves the answer to the item the question is about when that item records its decision as a motion', () => {
    const analysis = analyzeQuestion('What was decided on the cemetery road resealing contract?', { now });
    const motion = candidate(resealing, { minute: '6.1', minuteTitle: 'Cemetery Road Resealing' }, 0.9);
    const otherItem = candidate(
      'RESOLVED that the contract for the library roof be awarded.',
      { section: 'Resolved', minute: '4', minuteTitle: 'Library Roof', source: 'other.md' },
      0.5,
    );
    expect(selectResolutions([motion, otherItem], analysis, () => 1)).toBeUndefined();
  });
});

describe('who chaired', () => {
  it('answers from the line naming the Convener, without the bare attendance labels around it', () => {
    const attendance = [
      'Present',
      '',
      'Councillor Ailsa Munro (Convener), Councillor Ross Reid (Vice-Convener), Councillors Jo Orr and Ian Gillies.',
      '',
      'Apologies',
      '',
      'Councillor Mhairi Doig.',
    ].join('\n');
    const answer = quote('Who chaired the housing committee?', [candidate(attendance, { section: 'Attendance' })]);
    expect(answer).toContain('Ailsa Munro (Convener)');
    expect(answer.split(' | ')).not.toContain('Present');
    expect(answer.split(' | ')).not.toContain('Apologies');
  });
});
