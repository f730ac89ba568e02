import { describe, expect, it } from 'vitest';
import { namesNoChairOfBody, namesNoOfficeHolder } from './chair-not-named.js';

const question = 'Who chaired the Quayside Lighting Board in June 2036?';
const other = 'Fenwater Estuary Panel';

describe('namesNoChairOfBody', () => {
  it("is true when the lines name another body's chair, or the body with no chair", () => {
    const lines = [
      'This includes the Moorings Board, chaired by the Harbour Master, and the Quayside Lighting Board (QLB).',
      'The Quayside Lighting Board met twice.',
    ].map((text) => ({ text, committee: other }));
    expect(namesNoChairOfBody(question, lines)).toBe(true);
  });

  it("is false when a chair is printed beside the body's name, or the line is the body's own record", () => {
    const beside = 'The Independent Chair of the Quayside Lighting Board, Ada Penrose, presented the report.';
    expect(namesNoChairOfBody(question, [{ text: beside, committee: other }])).toBe(false);
    const after = 'The Quayside Lighting Board, chaired by Ada Penrose, met twice.';
    expect(namesNoChairOfBody(question, [{ text: after, committee: other }])).toBe(false);
    const attendance = 'Present: Councillor Penrose (in the Chair), Councillors Lomax and Tey.';
    expect(namesNoChairOfBody(question, [{ text: attendance, committee: 'Quayside Lighting Board' }])).toBe(false);
    const placed = 'Who chaired the Fenwater Quayside Lighting Board on 3 June 2036?';
    expect(namesNoChairOfBody(placed, [{ text: attendance, committee: 'Quayside Lighting Board' }])).toBe(false);
  });

  it('leaves other questions alone', () => {
    const lines = [{ text: 'The Moorings Board, chaired by the Harbour Master.', committee: other }];
    expect(namesNoChairOfBody('Who chaired the meeting in June 2036?', lines)).toBe(false);
  });
});

describe('namesNoOfficeHolder', () => {
  const attendance = ['Present: Councillors Ann Rhys (Chair), Bet Price and Tom Griffith.'];
  const passing = ['The minister will host a webinar with leaders and chief executives of councils.'];

  it('finds the holder of an office asked, quoted by lines that never print it or only in the plural', () => {
    expect(namesNoOfficeHolder('who is the clerk of Lowmere Community Council?', attendance)).toBe(true);
    expect(namesNoOfficeHolder('who is the chief executive of lowmere city council?', passing)).toBe(true);
  });

  it('keeps lines printing the office, by any of its names, and other questions', () => {
    expect(namesNoOfficeHolder('who is the clerk of Lowmere Community Council?', ['Clerk: Mrs J Evans.'])).toBe(false);
    expect(namesNoOfficeHolder('who is the chief executive of lowmere council?', ['Jo Bell (CEO) attended.'])).toBe(
      false,
    );
    expect(namesNoOfficeHolder('who chaired the meeting of Lowmere Community Council?', attendance)).toBe(false);
  });
});
