import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { askedCoverField } from './cover-field-asked.js';

const now = new Date('2036-06-01');
const resolution = testChunk({ text: 'RESOLVED that the Quillford boatyard be sold to the Harlow Rowing Trust.' });
const sheet = testChunk({
  kind: 'report',
  text: [
    'From: Tamsin Orchard, Cabinet Member for Waterways',
    'To: Cabinet – 14 March 2036',
    'Subject: Disposal of the Quillford boatyard',
    'Key decision: No',
    'Wards affected: Quillford; Eastmoor',
    'Classification: Unrestricted',
    'Is the decision eligible for call-in? No',
  ].join('\n\n'),
});
// Filed as its own record: "DECISION NO:" above its value still makes a sheet.
const record = testChunk({
  kind: 'report',
  text: [
    'DECISION NO:',
    '36/00412',
    'DECISION TO BE TAKEN BY:',
    'Cabinet',
    'Key decision: YES',
    'Pelham lido repairs',
  ].join('\n\n'),
});
const candidates = [resolution, sheet, record].map((chunk) => ({ passage: { chunk, score: 1 }, coverage: 1 }));
const answer = (question: string) =>
  askedCoverField(candidates, analyzeQuestion(question, { now }))?.map((segment) => segment.text);

describe('askedCoverField', () => {
  it('does not quote a field that prints no time when asked when', () => {
    const summary = testChunk({
      text: [
        'The call-in of the closure of the Market Street toilets was heard.',
        'Summary of decisions',
        'OS/33/30 Market Street toilets: referred back to Cabinet.',
        'OS/33/31 Leisure contract: performance noted; report in March 2034.',
        'OS/33/32 Work programme: review of car park charges added.',
      ].join('\n'),
    });
    const asked = (question: string) =>
      askedCoverField(
        [{ passage: { chunk: summary, score: 1 }, coverage: 1 }],
        analyzeQuestion(question, { now }),
      )?.map((segment) => segment.text);
    expect(asked('when will the Market Street toilets close?')).toBeUndefined();
    expect(asked('when is the next report on the leisure contract performance?')).toEqual([
      'OS/33/31 Leisure contract: performance noted; report in March 2034.',
    ]);
  });

  it('leaves to the attendance lines whether one named person came, which the Present field may not say', () => {
    const attendance = testChunk({
      text: [
        'Present: Councillors Imogen Lockwood (Town Mayor), Barnaby Treharne and Rupert Van Dijk',
        'Apologies: Councillors Winifred Astbury and Caspar Mellor',
        'Absent: Councillor Delphine Roscoe',
        'In attendance: Mr Lionel Garside (Town Clerk)',
      ].join('\n'),
    });
    const asked = (question: string) =>
      askedCoverField(
        [{ passage: { chunk: attendance, score: 1 }, coverage: 1 }],
        analyzeQuestion(question, { now }),
      )?.map((segment) => segment.text);
    expect(asked('was Councillor Caspar Mellor present at the town council?')).toBeUndefined();
    expect(asked('who was present at the town council with Imogen Lockwood?')).toEqual([
      'Present: Councillors Imogen Lockwood (Town Mayor), Barnaby Treharne and Rupert Van Dijk',
    ]);
  });

  it("quotes the cover sheet's field the question names, not the resolution ranked above it", () => {
    expect(answer('is the Quillford boatyard disposal a key decision?')).toEqual(['Key decision: No']);
    expect(answer('can the Quillford boatyard decision be called in')).toEqual([
      'Is the decision eligible for call-in? No',
    ]);
    expect(answer('which wards does the Quillford boatyard disposal affect')).toEqual([
      'Wards affected: Quillford; Eastmoor',
    ]);
    expect(answer('is the pelham lido repair a key decision')).toEqual(['Key decision: YES']);
  });

  it('quotes no field when the question names none, or a topic the sheet does not print', () => {
    expect(answer('what happened to the Quillford boatyard?')).toBeUndefined();
    expect(answer('is the Quillford marina lease a key decision?')).toBeUndefined();
  });

  it('reads no field from a passage printing fewer labelled lines than a sheet', () => {
    const note = testChunk({
      text: 'Key decision: the Quillford boatyard sale was noted.\n\nMembers asked about wards.',
    });
    const single = [{ passage: { chunk: note, score: 1 }, coverage: 1 }];
    expect(askedCoverField(single, analyzeQuestion('is the Quillford boatyard sale a key decision?', { now }))).toBe(
      undefined,
    );
  });
});

describe('askedCoverField on a plan of several records', () => {
  it("quotes the field of the record the question's topic names, not an earlier record's", () => {
    const plan = testChunk({
      kind: 'report',
      text: [
        'Ref: FP/41/002\nDecision: New lighting for Coldharbour Lane\nKey decision: No\nWards affected: Stanbury',
        'Ref: FP/41/003\nDecision: Sale of the Wexcombe depot\nKey decision: Yes\nWards affected: Wexcombe',
      ].join('\n\n'),
    });
    const found = askedCoverField(
      [{ passage: { chunk: plan, score: 1 }, coverage: 1 }],
      analyzeQuestion('is the Wexcombe depot sale a key decision?', { now }),
    );
    expect(found?.map((segment) => segment.text)).toEqual(['Key decision: Yes']);
  });
});

describe('askedCoverField among fields whose labels share a word', () => {
  it('quotes the field whose label names most of the question, never taking another label for the topic', () => {
    const programme = testChunk({
      kind: 'report',
      text: 'Lantern Trust Board work programme\n\nChair: Cllr Odile Marsh\n\nVice-Chair: Cllr Petra Quayle\n\nClerk: Ivo Dane',
    });
    const ranked = [{ passage: { chunk: programme, score: 1 }, coverage: 1 }];
    const field = (question: string) =>
      askedCoverField(ranked, analyzeQuestion(question, { now }))?.map((segment) => segment.text);
    expect(field('who is the vice chair of the lantern trust board?')).toEqual(['Vice-Chair: Cllr Petra Quayle']);
    expect(field('who is the vice chair?')).toBeUndefined();
  });
});

describe('askedCoverField on a decisions schedule', () => {
  it('leaves what happened to the thing, or what was decided on it, to its decision', () => {
    const schedule = testChunk({
      kind: 'report',
      text: [
        'Application No: 36/0417/FUL',
        'Applicant: Pelham Mill Homes',
        'Site: The Old Granary, Mill Lane, Pelham',
        'Proposal: Conversion to four flats',
        'Decision: APPROVED subject to conditions',
      ].join('\n\n'),
    });
    const ranked = [{ passage: { chunk: schedule, score: 1 }, coverage: 1 }];
    const field = (question: string) =>
      askedCoverField(ranked, analyzeQuestion(question, { now }))?.map((segment) => segment.text);
    expect(field('what happened to the old granary application?')).toBeUndefined();
    expect(field('what was decided on the old granary application?')).toBeUndefined();
  });
});

describe('askedCoverField on a sheet laid out label above value', () => {
  const stacked = testChunk({
    kind: 'report',
    headingPath: ['Cabinet', '2036-03-14', 'Lantern Festival Review'],
    text: [
      'Report Author(s)',
      'Pryce Halloran',
      'Ward(s) Affected',
      'Harbourside',
      'Accountable Officer(s)',
      'Wren Castellane, Director of Culture',
      'Approvals obtained on behalf of:',
      'The review was published in March 2036.',
    ].join('\n\n'),
  });
  const ranked = [resolution, stacked].map((chunk) => ({ passage: { chunk, score: 1 }, coverage: 1 }));
  const stackedAnswer = (question: string) =>
    askedCoverField(ranked, analyzeQuestion(question, { now }))?.map((segment) => segment.text);

  it('quotes the label with the value printed below it', () => {
    expect(stackedAnswer('who is the accountable officer for the lantern festival review?')).toEqual([
      'Accountable Officer(s) Wren Castellane, Director of Culture',
    ]);
    expect(stackedAnswer('which wards does the lantern festival review affect')).toEqual([
      'Ward(s) Affected Harbourside',
    ]);
  });

  it('takes no field as named by a word for the paper itself', () => {
    expect(stackedAnswer('when was the lantern festival review report published?')).toBeUndefined();
    expect(stackedAnswer("who is the lantern festival review's report author?")).toEqual([
      'Report Author(s) Pryce Halloran',
    ]);
  });
});
