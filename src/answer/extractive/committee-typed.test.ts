import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { committeeNamesTyped, committeeTypedAbsent } from './committee-typed.js';

const chunk = (text: string, committee: string) =>
  ({ text, committee, headingPath: [committee, '2026-03-04'] }) as unknown as Chunk;

describe('committeeNamesTyped', () => {
  it('reads the name words typed before "committee", stopping at an owner or a determiner', () => {
    expect(committeeNamesTyped("what did thornmere's audit and governance committee say about the depot")).toEqual([
      ['audit', 'governance'],
    ]);
    expect(committeeNamesTyped('who chaired the Westhold harbour works sub-committee?')).toEqual([
      ['westhold', 'harbour', 'works'],
    ]);
  });

  it('reads the name of a board, panel or commission, not "commission" as a verb', () => {
    expect(committeeNamesTyped("what did thornmere's harbour and ferries board say about the depot")).toEqual([
      ['harbour', 'ferries'],
    ]);
    expect(committeeNamesTyped('are the ferry operators we commission any good?')).toEqual([]);
  });

  it('reads the place naming a municipal district', () => {
    expect(committeeNamesTyped('what did the director tell the Glenmore West municipal district in May?')).toEqual([
      ['glenmore', 'west'],
    ]);
    // "Per" and "each" count members of every district, naming none.
    expect(committeeNamesTyped('how many members per municipal district join the deputation?')).toEqual([]);
    expect(committeeNamesTyped('how many seats does each municipal district have?')).toEqual([]);
  });

  it('reads no name of one word', () => {
    expect(committeeNamesTyped('what did the planning committee decide?')).toEqual([]);
    expect(committeeNamesTyped("what did the committee's chair say?")).toEqual([]);
  });
});

describe('committeeTypedAbsent', () => {
  const report = chunk('Subject: Ferry Timetable Review. Past pathway: Transport Cabinet Committee.', 'Cabinet');

  it('holds when the passages never print a word of the committee the question names', () => {
    expect(
      committeeTypedAbsent('what did the audit and governance committee say about the ferry timetable', [report]),
    ).toBe(true);
  });

  it("holds when the municipal district named is another district than the passages'", () => {
    const district = chunk(
      'Members agreed that one Member of each District join the deputation.',
      'Municipal District of Ardmore-Kilbeg',
    );
    expect(
      committeeTypedAbsent('what did the Glenmore West municipal district agree on the deputation?', [district]),
    ).toBe(true);
    expect(
      committeeTypedAbsent('what did the Ardmore Kilbeg municipal district agree on the deputation?', [district]),
    ).toBe(false);
  });

  it('does not hold when the passages print its words, or name no committee', () => {
    expect(committeeTypedAbsent('when did the transport cabinet committee see the ferry timetable', [report])).toBe(
      false,
    );
    const longer = chunk('Referred by the Transportation and Harbours Committee.', 'Cabinet');
    expect(committeeTypedAbsent('what did the transport and harbour committee say', [longer])).toBe(false);
    expect(committeeTypedAbsent('has cabinet settled the ferry timetable', [report])).toBe(false);
  });

  it('reads a hyphened name word however the paper joins its halves', () => {
    const wrapped = chunk('Ms Orlov attended the Baltic- Iberian harbour forum, held in Tarvel this year.', 'Cabinet');
    expect(committeeTypedAbsent('which town held the baltic-iberian harbour forum', [wrapped])).toBe(false);
    expect(committeeTypedAbsent('which town held the baltic-nordic harbour forum', [wrapped])).toBe(true);
  });

  it("reads the words typed before the committee's kind in the authority its paper belongs to", () => {
    const planning = {
      ...chunk('Decision: REFUSED for the following reason: harm to highway safety.', 'Planning Committee'),
      authority: 'Ravensdale National Park Authority',
    } as Chunk;
    expect(committeeTypedAbsent('why did the national park planning committee refuse the barn', [planning])).toBe(
      false,
    );
    expect(committeeTypedAbsent('why did the county planning committee refuse the barn', [planning])).toBe(true);
  });
});
