import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds first met in test/fixtures/held-out-layouts-17: a New England town clerk's report of a
// town meeting, a combined authority's mayoral decision notice, a hearing panel's written decision and a Quebec
// municipal council's minutes of its sitting.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe("a New England town clerk's report of the annual town meeting", () => {
  const text = [
    'TOWN OF THORNHAVEN',
    '',
    'Report of the Town Clerk',
    'ANNUAL TOWN MEETING',
    'Saturday, May 8, 2038',
    '',
    'The Moderator called the meeting to order at 9:04 AM, a quorum of 150 registered voters being present.',
    '',
    'ARTICLE 3. To see if the Town will vote to raise and appropriate such sums of money as may be necessary to',
    'defray the expenses of the Town for the Fiscal Year beginning July 1, 2038.',
    '',
    'Voted by majority to raise and appropriate $38,914,600 for the Fiscal Year 2039 Operating Budget.',
    '',
    'ARTICLE 4. To see if the Town will vote to appropriate a sum of money for a replacement ladder truck.',
    '',
    'Voted by a two-thirds vote, 301 in favor and 62 opposed, to appropriate $1,840,000 for a ladder truck.',
  ].join('\n');
  const minutes = () => parse(text).parts.find((part) => part.kind === 'minutes');

  it('dates the meeting by the day printed alone under its title, month first', () => {
    expect(minutes()).toMatchObject({ committee: 'Annual Town Meeting', meetingDate: '2038-05-08' });
  });

  it("takes each warrant article as an item and the voters' vote as its resolution", () => {
    const items = minutes()?.minutes?.items ?? [];
    expect(items.map((item) => item.number)).toEqual(['3', '4']);
    expect(text.slice(items[1]!.resolutions[0]!.start, items[1]!.resolutions[0]!.end)).toContain('$1,840,000');
  });
});

describe('a notice of one decision', () => {
  it('is dated by the day the decision was taken, not the day the notice was published', () => {
    const notice = [
      'EAST WEALDMOOR COMBINED AUTHORITY',
      '',
      'MAYORAL DECISION NOTICE',
      '',
      'Decision number:        MD2038/014',
      'Date of decision:       4 March 2038',
      'Date published:         5 March 2038',
      'Call-in deadline:       5.00pm on 12 March 2038',
      '',
      '1. DECISION',
      '',
      'The Mayor has decided to approve development funding of £7,850,000 for rapid transit.',
    ].join('\n');
    expect(parse(notice).parts[0]).toMatchObject({ kind: 'other', meetingDate: '2038-03-04' });
  });

  it('is dated by a decision date typed in a markdown table of its particulars', () => {
    const decision = [
      '# DECISION OF INDEPENDENT HEARING COMMISSIONERS',
      '',
      '| | |',
      '|---|---|',
      '| **Application numbers** | RC-2037-0418 |',
      '| **Hearing dates** | 15 and 16 September 2037 |',
      '| **Date of decision** | 20 October 2037 |',
      '',
      '## Decision',
      '',
      '[1] Consent RC-2037-0418 is **GRANTED** subject to the conditions in Appendix 1.',
    ].join('\n');
    expect(parse(decision).parts[0]).toMatchObject({ kind: 'other', meetingDate: '2037-10-20' });
  });
});

describe("a Quebec municipal council's minutes of its sitting", () => {
  it('names the council that sat, not the sitting', () => {
    const text = [
      'MINUTES of the regular sitting of the municipal council of the Municipality of Rivière-aux-Saules, held on',
      'Monday, November 1, 2037, at 7:30 p.m., at the council room of the community centre.',
      '',
      '1. OPENING OF THE SITTING',
      '',
      'The Mayor opens the sitting at 7:31 p.m.',
      '',
      '2. ADOPTION OF THE AGENDA',
      '',
      'AND RESOLVED unanimously by the councillors present THAT the agenda be adopted as presented.',
    ].join('\n');
    expect(parse(text).parts[0]).toMatchObject({
      kind: 'minutes',
      committee: 'municipal council of the Municipality of Rivière-aux-Saules',
      meetingDate: '2037-11-01',
    });
  });
});
