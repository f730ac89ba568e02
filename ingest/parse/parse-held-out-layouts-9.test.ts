import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { captionsToText } from '../read/captions-to-text.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds first met in test/fixtures/held-out-layouts-9: an officer's delegated decision, a
// mayoral board, a report or supplementary agenda headed by the body and day it goes to, a council's webcast.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe("a record of an officer decision under the council's letterhead", () => {
  const record = onlyPart(
    parse(
      [
        'TOLLERTON DISTRICT COUNCIL',
        '',
        'RECORD OF OFFICER DECISION',
        '',
        'Decision reference: ODR/2041/07',
        '',
        'Title of decision: Resurfacing of the Pinfold Lane bowls green',
        '',
        'Decision taken:',
        'To appoint Greensward Turf Ltd to resurface the bowls green for £23,900.',
        '',
        'Reasons for the decision:',
        'Greensward Turf Ltd gave the best-value quote of the four received.',
        '',
        'Date of decision: 3 March 2041',
        '',
        'Date of publication: 5 March 2041',
      ].join('\n'),
    ),
    'report',
  );

  it('is read as the record, titled by its decision and dated by the day the decision was taken', () => {
    expect(record).toMatchObject({
      title: 'Resurfacing of the Pinfold Lane bowls green',
      meetingDate: '2041-03-03',
    });
    expect(record.report).toMatchObject({
      decisionNumber: 'ODR/2041/07',
      recommendations: 'To appoint Greensward Turf Ltd to resurface the bowls green for £23,900.',
    });
  });
});

describe('a mayoral combined authority board', () => {
  it('reads "MAYORAL DECISION:" under an item as what was decided', () => {
    const minutes = onlyPart(
      parse(
        [
          'MINUTES OF THE COMBINED AUTHORITY BOARD',
          '',
          'Held on Monday 8 April 2041 at 2.00 pm at Wharf House, Ellingby',
          '',
          'Present: Mayor Tobias Renshaw (Chair), Councillor Ada Lusk, Councillor Priti Nair',
          '',
          'CAB 41/11 Apologies for absence',
          'There were no apologies.',
          '',
          'CAB 41/12 Cycle hire scheme',
          'The Board was consulted and supported the proposal.',
          'MAYORAL DECISION: The Mayor decided to launch the cycle hire scheme in Ellingby with 400 bikes.',
          '',
          'CAB 41/13 Skills fund',
          'RESOLVED: to approve the skills fund allocations.',
        ].join('\n'),
      ),
      'minutes',
    );
    const item = minutes.minutes!.items.find((candidate) => candidate.number === 'CAB 41/12');
    expect(item!.resolutions.map((resolution) => resolution.text).join(' ')).toContain('launch the cycle hire scheme');
  });
});

describe('a paper headed by the body and the day it goes to', () => {
  const paper = (head: string[]) =>
    onlyPart(
      parse(
        [
          ...head,
          '',
          'Dear Councillor,',
          '',
          'Please find enclosed the following report, which was not available when the agenda was published.',
          '',
          'Reason for urgency: the contractor has withdrawn and the ferry landing must be repaired before the winter.',
        ].join('\n'),
      ),
      'other',
    );

  it('is of that body and dated by that day, and titled by the line under them', () => {
    expect(
      paper(['WESTHOLM BOROUGH COUNCIL', '', 'CABINET', '', 'Monday 14 January 2041 at 7.00 pm', '', 'LATE ITEMS']),
    ).toMatchObject({ committee: 'Cabinet', meetingDate: '2041-01-14', title: 'LATE ITEMS' });
  });

  it("stays undated when the day stands under the council's letterhead, not a body that meets", () => {
    expect(paper(['WESTHOLM BOROUGH COUNCIL', '', 'Monday 14 January 2041', '', 'LATE ITEMS'])).toMatchObject({
      meetingDate: null,
    });
  });
});

describe("a council's webcast captions whose note names only the council", () => {
  it('is of the committee the chair opens, with the council as its authority', () => {
    const text = captionsToText(
      [
        'WEBVTT',
        '',
        'NOTE',
        'Dunmore Borough Council webcast, captions corrected after the meeting.',
        '',
        '1',
        '00:00:01.000 --> 00:00:06.000',
        '<v Cllr Rhona Petrie>Welcome to this meeting of the Dunmore Borough Council Harbour Committee, on Friday the 2nd of June 2041.</v>',
        '',
        '2',
        '00:00:06.500 --> 00:00:11.000',
        '<v Ellis Varga>Thank you. The slipway repairs finished a week early.</v>',
        '',
        '3',
        '00:00:11.500 --> 00:00:15.000',
        '<v Cllr Rhona Petrie>Did they come in under budget as well?</v>',
        '',
        '4',
        '00:00:15.500 --> 00:00:20.000',
        '<v Ellis Varga>Yes, by about six thousand pounds, which goes back to the harbour reserve.</v>',
        '',
        '5',
        '00:00:20.500 --> 00:00:24.000',
        '<v Cllr Rhona Petrie>Good news. Are the moorings ready for the regatta?</v>',
        '',
        '6',
        '00:00:24.500 --> 00:00:29.000',
        '<v Ellis Varga>The pontoons go back in on the first of July, a week before it.</v>',
      ].join('\n'),
      'webvtt',
    );
    expect(onlyPart(parse(text), 'transcript')).toMatchObject({
      committee: 'Harbour Committee',
      authority: 'Dunmore Borough Council',
      meetingDate: '2041-06-02',
    });
  });
});
