import { describe, expect, it } from 'vitest';
import { readActionLog } from './read-action-log.js';

const minutes = `Q33/018 Any other business
None.

ACTIONS ARISING
Ref\tMinute\tAction\tLead\tDue date\tStatus
33/004\tQ33/012\tPublish the estates strategy consultation\tDirector of Strategy\tJune 2033\tOpen
33/005\tQ33/015\tShare the agency staffing figures with members\tChief People Officer\tby 30 May 2033\tIn progress
33/001\tQ33/003\tReview the risk appetite statement\tBoard Secretary\tApril 2033\tClosed

Date of next meeting: 12 July 2033`;

describe('readActionLog', () => {
  it("reads each open row as an ask with the row's action, owner, due date and minute, cited to the whole row", () => {
    const rows = readActionLog(minutes, { start: 0, end: minutes.length });
    expect(rows.map((row) => ({ ...row.ask, minute: row.minute }))).toEqual([
      {
        what: 'Publish the estates strategy consultation',
        owner: 'Director of Strategy',
        when: 'due June 2033',
        minute: 'Q33/012',
      },
      {
        what: 'Share the agency staffing figures with members',
        owner: 'Chief People Officer',
        when: 'by 30 May 2033',
        minute: 'Q33/015',
      },
    ]);
    const first = rows[0]!.resolution;
    expect(minutes.slice(first.start, first.end)).toMatch(/^33\/004\t.*\tOpen$/);
  });

  it("reads a converter's pipe table: the rule under its header and dashed cells are no asks, the item split", () => {
    const converted = [
      '| Item | Discussion | Action | Owner |',
      '| --- | --- | --- | --- |',
      '| 41/07 Apologies | None received. | – | – |',
      '| 41/08 Village pond | The liner has split. | Obtain two quotes for a new liner | Cllr Ashdown |',
      '',
      'The meeting closed at 9pm.',
    ].join('\n');
    const rows = readActionLog(converted, { start: 0, end: converted.length });
    expect(rows.map((row) => ({ ...row.ask, minute: row.minute, itemTitle: row.itemTitle }))).toEqual([
      { what: 'Obtain two quotes for a new liner', owner: 'Cllr Ashdown', minute: '41/08', itemTitle: 'Village pond' },
    ]);
  });

  it('reads a plain-text table whose cells are parted by spaced pipes with none at the ends', () => {
    const exported = [
      'Action | Owner | Due | Status',
      'Survey the culvert under Mossgate Lane | Drainage Engineer | 9 June 2034 | Open',
      'Renew the bowls club lease | Estates Manager | 1 March 2034 | Complete',
      '',
      'RESOLVED – That the log be noted.',
    ].join('\n');
    const rows = readActionLog(exported, { start: 0, end: exported.length });
    expect(rows.map((row) => row.ask)).toEqual([
      { what: 'Survey the culvert under Mossgate Lane', owner: 'Drainage Engineer', when: 'due 9 June 2034' },
    ]);
  });

  it('reads no table without an action and an owner column, nor lines after the table ends', () => {
    const payments = 'Payee\tDescription\tAmount\nGreenway Ltd\tGrass cutting\t£420\n';
    expect(readActionLog(payments, { start: 0, end: payments.length })).toEqual([]);
  });

  it('reads a trustees\' log keyed by the minute\'s reference, with a "By" column for the due date', () => {
    const trustees = [
      'Actions',
      'Ref\tAction\tOwner\tBy',
      '31/48\tWrite to unsuccessful applicants with feedback\tGrants Manager\t19 December 2031',
      'PPG-32\tPublish call answering figures monthly\tPractice Manager\tMay 2032',
    ].join('\n');
    const rows = readActionLog(trustees, { start: 0, end: trustees.length });
    expect(rows.map((row) => ({ ...row.ask, minute: row.minute }))).toEqual([
      {
        what: 'Write to unsuccessful applicants with feedback',
        owner: 'Grants Manager',
        when: 'due 19 December 2031',
        minute: '31/48',
      },
      {
        what: 'Publish call answering figures monthly',
        owner: 'Practice Manager',
        when: 'due May 2032',
        minute: undefined,
      },
    ]);
  });

  it('reads a schedule of decisions with a lead officer as actions, a due date run into a long owner split off', () => {
    const schedule = [
      'SCHEDULE OF DECISIONS',
      '',
      'Ref         Decision                                     Lead officer            Due',
      'CFA/37/12   Report on Brackwell response times           Chief Fire Officer      October 2038',
      'CFA/37/14   Retained crewing pilot (Oxby, Tellington)    Assistant Chief Fire Officer March 2038',
    ].join('\n');
    const rows = readActionLog(schedule, { start: 0, end: schedule.length });
    expect(rows.map((row) => ({ ...row.ask, minute: row.minute }))).toEqual([
      {
        what: 'Report on Brackwell response times',
        owner: 'Chief Fire Officer',
        when: 'due October 2038',
        minute: 'CFA/37/12',
      },
      {
        what: 'Retained crewing pilot (Oxby, Tellington)',
        owner: 'Assistant Chief Fire Officer',
        when: 'due March 2038',
        minute: 'CFA/37/14',
      },
    ]);
  });

  it('reads a resolution with someone named in its "Action by" column as their action, one with nobody as none', () => {
    const table = [
      'Minute\tItem\tDiscussion\tResolved\tAction by',
      'TC/37/08\tApologies\tCllr Hale sent apologies.\tThat the apologies be accepted.\t–',
      'TC/37/09\tBench repairs\tTwo quotes were received.\tThat the repair be awarded to Oakfield Joinery at £640.\tTown Clerk',
    ].join('\n');
    const rows = readActionLog(table, { start: 0, end: table.length });
    expect(rows.map((row) => ({ ...row.ask, minute: row.minute }))).toEqual([
      { what: 'That the repair be awarded to Oakfield Joinery at £640.', owner: 'Town Clerk', minute: 'TC/37/09' },
    ]);
  });
});
