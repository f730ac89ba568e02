import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import type { Chunk } from '../../core/chunk.js';
import { readableSegment } from '../../core/sentences.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { type Candidate, selectSegments } from './select-segments.js';

// Motion-style minutes (North American, Australian) print mover, seconder, the motion's wording and its result
// on lines of their own; some print the officers' recommendation above the council's resolution.
const options = { maxSegments: 4, maxPassages: 3, relativeCutoff: 0.8, otherPassageCutoff: 0.92 };
const now = new Date('2025-06-01');

function candidate(text: string, overrides: Partial<Chunk> = {}): Candidate {
  const chunk = testChunk({ committee: 'Township Council', text, ...overrides });
  return { passage: { chunk, score: 1 }, coverage: 0.8 };
}

function quoted(question: string, candidates: Candidate[]): string[] {
  const analysis = analyzeQuestion(question, { now });
  return selectSegments(candidates, analysis, () => 1, options).map((segment) => readableSegment(segment.text));
}

const ferryDock = candidate(
  [
    '7.2 Ferry Dock Repairs (Report ENG-25-04)',
    'The Director of Engineering reviewed the condition survey of the ferry dock.',
    'Moved by Councillor Aucoin',
    'Seconded by Councillor Varga',
    'THAT staff replace the timber cribbing under the east landing and close the dock to vehicles over five tonnes until the work is finished.',
    'CARRIED',
  ].join('\n'),
  { minute: '7.2', minuteTitle: 'Ferry Dock Repairs (Report ENG-25-04)' },
);

const vestryRate = candidate(
  [
    'Item 2. Vestry Rate 2043',
    '',
    'The Constable proposed that the Vestry Rate for 2043 be fixed at 2.15 pence per quarter on the foncier rate.',
    'The Treasurer presented the estimates showing expenditure of £512,400.',
    '',
    'After debate the proposition was put to the Vestry and ADOPTED, 28 voting in favour and 4 against.',
  ].join('\n'),
  { committee: 'Vestry', minute: '2', minuteTitle: 'Vestry Rate 2043' },
);

describe('motion wording', () => {
  it('answers with the proposal an unseconded proposition put to the vote decided, not its result alone', () => {
    const answer = quoted('How many voted against at the Vestry?', [vestryRate]).join(' | ');
    expect(answer).toContain('ADOPTED, 28 voting in favour and 4 against');
    expect(answer).toContain('2.15 pence per quarter');
  });

  it('answers what was decided with the motion’s wording and result, not the seconder and result alone', () => {
    const answer = quoted('What did the council decide about the ferry dock repairs?', [ferryDock]);
    expect(answer.join(' | ')).toContain('replace the timber cribbing');
    expect(answer).toContain('CARRIED');
    expect(answer.join(' | ')).not.toContain('Seconded by');
  });
});

describe('one-line US motions', () => {
  // US action minutes: the mover, the seconder and the wording on one line, the roll call, then the result.
  const pickleball = candidate(
    [
      '7.B. Resurfacing of the Juniper Park Courts',
      'Staff proposed converting two tennis courts at Juniper Park to six pickleball courts.',
      'Action: Motion by Councilmember Ostrow, second by Councilmember Pell, to convert one tennis court only and report back on noise in six months.',
      'Ayes: Ostrow, Pell, Quist',
      'Noes: Rendell',
      'Absent: Sato',
      'Motion passed 3-1.',
    ].join('\n'),
    { minute: '7.B', minuteTitle: 'Resurfacing of the Juniper Park Courts' },
  );

  it('answers what was decided with the motion line above the roll call, not the staff proposal and result alone', () => {
    const answer = quoted('What did the council decide about the Juniper Park courts?', [pickleball]);
    expect(answer.join(' | ')).toContain('to convert one tennis court only');
    expect(answer).toContain('Motion passed 3-1.');
  });
});

const boatRamp = candidate(
  [
    '9.4 Boat Ramp Parking Fees',
    'Officer Recommendation',
    'That Council introduce a parking fee of $12 a day at the Heron Bay boat ramp from 1 July 2025.',
    '',
    'Council Resolution 2025/118',
    'Moved: Cr Pappas',
    'Seconded: Cr Whiteley',
    'That Council defer any parking fee at the Heron Bay boat ramp and ask the CEO to count boat ramp users over summer.',
    'CARRIED 6/3',
  ].join('\n'),
  { minute: '9.4', minuteTitle: 'Boat Ramp Parking Fees' },
);

describe('resolution over recommendation', () => {
  it('answers with the council’s resolution, not the officers’ recommendation it departed from', () => {
    const answer = quoted('What did councillors resolve on the boat ramp parking fee?', [boatRamp]).join(' | ');
    expect(answer).toContain('defer any parking fee');
    expect(answer).toContain('CARRIED 6/3');
    expect(answer).not.toContain('$12 a day');
  });

  it('answers what officers recommended from the wording under the label', () => {
    const answer = quoted('What did officers recommend about the boat ramp parking fee?', [boatRamp]).join(' | ');
    expect(answer).toContain('$12 a day');
  });
});
