import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import {
  cabinetActNotQuoted,
  councilAbsent,
  councilAskedToAct,
  namedOnlyInPassing,
  ofOtherCouncils,
  quotesOnlyOtherBodies,
} from './council-asked.js';

const chunk = (text: string, committee: string, authority?: string) =>
  ({ text, committee, authority, headingPath: [committee, '2026-03-04'] }) as unknown as Chunk;

describe('councilAskedToAct', () => {
  it('reads the place of a council the question asks to have acted', () => {
    expect(councilAskedToAct('what did ashby vale council decide about the bus station?')).toEqual(['ashby', 'vale']);
    expect(councilAskedToAct('Has Thornmere District Council adopted the cycling plan?')).toEqual(['thornmere']);
    expect(councilAskedToAct("what did thornmere district council's cabinet decide about parking?")).toEqual([
      'thornmere',
    ]);
  });

  it('reads the place of a council acting through its cabinet or a committee ("Ashby\'s cabinet")', () => {
    expect(councilAskedToAct("What did Ashby's cabinet decide about the bus station?")).toEqual(['ashby']);
    expect(councilAskedToAct('has thornmere council’s executive agreed the cycling plan')).toEqual(['thornmere']);
    expect(councilAskedToAct("What did the board's chair say about the bus station?")).toEqual([]);
  });

  it('reads no place from the council unnamed or a run of common words', () => {
    expect(councilAskedToAct('what did the county council decide about the bus station?')).toEqual([]);
    expect(councilAskedToAct('did members of the parish council agree the precept?')).toEqual([]);
  });
});

describe('namedOnlyInPassing', () => {
  const cabinet = chunk(
    'The Leaders Group, with leaders from Thornmere District Council, reviewed the cycling plan. RESOLVED to adopt it.',
    'Cabinet',
    'Westhold County Council',
  );

  it("holds when no passage is the council's own and one names it as another body", () => {
    expect(namedOnlyInPassing(['thornmere'], [cabinet])).toBe(true);
  });

  it('holds for a council named among others ("Thornmere and Ashby Councils")', () => {
    const joint = chunk(
      'The ferry link was funded jointly by Westhold, Thornmere and Ashby Councils.',
      'Cabinet',
      'Westhold County Council',
    );
    expect(namedOnlyInPassing(['ashby'], [joint])).toBe(true);
  });

  it("holds when the place is printed only in another body's name, not the council's", () => {
    const trust = chunk(
      "The project costs were underwritten by Thornmere Children's Services Trust. Thornmere Children's Services Trust will host the post.",
      'Scrutiny Commission',
    );
    expect(namedOnlyInPassing(['thornmere'], [trust])).toBe(true);
    const alone = chunk(
      'Thornmere would still answer for the service, with Thornmere Royal Hospital.',
      'Scrutiny Commission',
    );
    expect(namedOnlyInPassing(['thornmere'], [trust, alone])).toBe(false);
    expect(namedOnlyInPassing(['thornmere'], [chunk('The cycling plan was adopted.', 'Cabinet')])).toBe(false);
  });

  it("does not hold for the council's own passages", () => {
    const own = chunk(
      'The cycling plan was adopted by Thornmere District Council.',
      'Full Council',
      'Thornmere District Council',
    );
    expect(namedOnlyInPassing(['thornmere'], [own, cabinet])).toBe(false);
    expect(namedOnlyInPassing(['westhold'], [cabinet])).toBe(false);
  });
});

describe('councilAbsent', () => {
  const cabinet = chunk('The cycling plan was adopted. RESOLVED to adopt it.', 'Cabinet', 'Westhold County Council');

  it('holds when every passage is another known authority’s and none prints the place', () => {
    expect(councilAbsent('thornmere', [cabinet])).toBe(true);
  });

  it('does not hold when a passage prints the place, or whose paper it is is unknown', () => {
    const naming = chunk('Thornmere adopted a cycling plan last year.', 'Cabinet', 'Westhold County Council');
    expect(councilAbsent('thornmere', [cabinet, naming])).toBe(false);
    expect(councilAbsent('westhold', [cabinet])).toBe(false);
    expect(councilAbsent('thornmere', [chunk('The cycling plan was adopted.', 'Cabinet')])).toBe(false);
  });
});

describe('ofOtherCouncils', () => {
  const budget = chunk(
    'Council tax rises elsewhere were noted: Thornmere, 12%; Ashby Vale, 9%. RESOLVED that the budget be endorsed.',
    'Cabinet',
    'Westhold County Council',
  );
  const undated = chunk('RESOLVED that the parking charges be frozen.', 'Cabinet');

  it("holds when the passages are another authority's, naming the council only as a place in a list", () => {
    expect(ofOtherCouncils(['thornmere'], [budget, undated])).toBe(true);
  });

  it("does not hold for the council's own passages, one naming it as a council, or none of known authority", () => {
    expect(ofOtherCouncils(['westhold'], [budget, undated])).toBe(false);
    const named = chunk('Thornmere District Council agreed to share the depot.', 'Cabinet', 'Westhold County Council');
    expect(ofOtherCouncils(['thornmere'], [budget, named])).toBe(false);
    expect(ofOtherCouncils(['thornmere'], [undated])).toBe(false);
    const printedPlace = chunk('The Thornmere depot will close.', 'Cabinet');
    expect(ofOtherCouncils(['thornmere'], [budget, printedPlace])).toBe(false);
  });
});

describe('quotesOnlyOtherBodies', () => {
  const question = 'What special levy on Saltfleet District Council did the Marrow Springs City Council approve?';
  const levy = chunk(
    'Special levy on Saltfleet District Council · £412,300 · £446,800',
    'Saltfleet Levels Internal Drainage Board',
  );

  it('finds passages only of a body named by another place, none printing the council asked', () => {
    expect(quotesOnlyOtherBodies(councilAskedToAct(question), [levy])).toBe(true);
  });

  it('accepts a passage of a body without a place of its own, or printing the council asked', () => {
    const minutes = chunk('A motion was made that this Ordinance be adopted.', 'City Council');
    expect(quotesOnlyOtherBodies(councilAskedToAct(question), [levy, minutes])).toBe(false);
    const naming = chunk('The levy requested by Marrow Springs City Council was set.', 'Saltfleet Drainage Board');
    expect(quotesOnlyOtherBodies(councilAskedToAct(question), [naming])).toBe(false);
    const licensing = chunk('The premises licence was granted.', 'Licensing Board');
    expect(quotesOnlyOtherBodies(['marrow', 'springs'], [licensing])).toBe(false);
  });
});

describe('cabinetActNotQuoted', () => {
  const commission = chunk(
    'Resolved: 1) The commission note the progress made. 2) The Cabinet Member for Children raises any change with the commission.',
    'Improving Lives Select Commission',
  );
  const told = chunk('The lido strategy was approved by Cabinet on 12 June 2031.', 'Improving Lives Select Commission');
  const own = chunk('Resolved: that the lido strategy be approved.', 'Cabinet');

  it("finds the cabinet asked to have acted, quoted only as an office in another body's minutes", () => {
    expect(cabinetActNotQuoted('was the lido strategy approved by cabinet?', [commission])).toBe(true);
    expect(cabinetActNotQuoted('did cabinet approve the lido strategy', [commission])).toBe(true);
    expect(cabinetActNotQuoted('has cabinet made its mind up on the lido', [commission])).toBe(true);
  });

  it("keeps the cabinet's own papers, a passage telling of its act, and questions of another body", () => {
    expect(cabinetActNotQuoted('was the lido strategy approved by cabinet?', [own])).toBe(false);
    expect(cabinetActNotQuoted('was the lido strategy approved by cabinet?', [commission, told])).toBe(false);
    expect(cabinetActNotQuoted('what did the cabinet member say about the lido?', [commission])).toBe(false);
    expect(cabinetActNotQuoted('was the lido strategy approved?', [commission])).toBe(false);
  });
});
