import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { contentTerms } from '../../core/tokenize.js';
import { implicationsHeadingExpansions } from '../../search/implications-section.js';
import { coverage, passageContext, presentStems } from './score-evidence.js';

describe('coverage', () => {
  it('is the share of question weight the text holds', () => {
    const weights: Record<string, number> = { foster: 3, carer: 1 };
    expect(coverage(['foster', 'carer'], new Set(['foster']), (stem) => weights[stem] ?? 0)).toBeCloseTo(0.75);
    expect(coverage(['foster', 'carer'], new Set(), () => 1)).toBe(0);
    expect(coverage([], new Set(['foster']), () => 1)).toBe(0);
  });

  it('lets a credit function value a match below its weight', () => {
    expect(
      coverage(
        ['foster'],
        new Set(['foster']),
        () => 2,
        () => 1,
      ),
    ).toBeCloseTo(0.5);
  });
});

describe('presentStems', () => {
  it('credits the question wording where the text says it another way', () => {
    const expansions = [{ used: 'home schooling', alternatives: ['elective home education'] }];
    const present = presentStems('The Elective Home Education team visited 40 families.', expansions);
    for (const stem of contentTerms('home schooling')) expect(present.has(stem)).toBe(true);
    expect(presentStems('The home visits continued.', expansions).has(contentTerms('schooling')[0]!)).toBe(false);
  });

  it('credits the wording of one question to a text without carrying it to the next question about that text', () => {
    const text = 'The Lighthouse Keepers Board renewed the lantern contract.';
    const keeperStem = contentTerms('wardens')[0]!;
    const first = presentStems(text, [{ used: 'wardens', alternatives: ['lighthouse keepers'] }]);
    expect(first.has(keeperStem)).toBe(true);
    first.add('foghorn');
    const next = presentStems(text, []);
    expect(next.has(keeperStem)).toBe(false);
    expect(next.has('foghorn')).toBe(false);
    expect(next.has(contentTerms('lantern')[0]!)).toBe(true);
  });

  it('spells out dates so "January 2019" matches "15/01/2019"', () => {
    const present = presentStems('Reviewed on 15/01/2019.', []);
    expect(present.has('januari')).toBe(true);
    expect(present.has('2019')).toBe(true);
  });
});

describe('passageContext', () => {
  it('adds the heading below the meeting and the meeting date in words', () => {
    const chunk = {
      headingPath: ['Improving Lives Select Commission', '2019-01-15', 'Minute 51 — Regional Adoption Agency'],
      meetingDate: '2019-01-15',
      text: 'The update was noted.',
    } as Chunk;
    const context = passageContext(chunk);
    expect(context).toContain('Minute 51 — Regional Adoption Agency');
    expect(context).toMatch(/january/i);
    expect(context.endsWith('The update was noted.')).toBe(true);
  });
});

describe('presentStems under a financial implications heading', () => {
  it("lets a financial implications heading hold the question's money words", () => {
    const expansions = implicationsHeadingExpansions('Is there new money for the pond restoration?');
    const underHeading = presentStems(
      'Pond Restoration 3. Financial Implications\nThe works will be met from the existing grounds maintenance allocation.',
      expansions,
    );
    expect(underHeading.has(contentTerms('money')[0]!)).toBe(true);
    const elsewhere = presentStems('Pond Restoration 2. Background\nThe pond silted up over ten years.', expansions);
    expect(elsewhere.has(contentTerms('money')[0]!)).toBe(false);
  });
});
