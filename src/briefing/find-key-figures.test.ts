import { describe, expect, it } from 'vitest';
import { findKeyFigures } from './find-key-figures.js';

const figuresOf = (text: string, limit?: number, title?: string) =>
  findKeyFigures(text, { start: 0, end: text.length }, { limit, title });

describe('findKeyFigures', () => {
  it('keeps percentages, money and counts with their sentence, verbatim and without the section number', () => {
    const text = [
      '2.1.1 Currently 44% of actions within the plan have been completed, on target for completion by 2027.',
      '',
      '2.5.3 The Homeless Prevention Fund has provided support to 146 families who would otherwise have been homeless.',
      '',
      '2.6 The service cost £1.2m in the year to March 2024 and reached 3,666 residents across the borough.',
    ].join('\n');
    const found = figuresOf(text);
    expect(found.map((figure) => figure.figures)).toEqual([['44%'], ['146'], ['£1.2m', '3,666']]);
    expect(found[0]?.text).toBe(
      'Currently 44% of actions within the plan have been completed, on target for completion by 2027.',
    );
    for (const figure of found) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  });

  it('skips dates, years, times, page and section references, small counts and durations', () => {
    const text = [
      'The strategy was approved by Cabinet on Monday 24th January 2022 for the period 2022-2027 as planned.',
      'The meeting starts at 10.00 a.m. and the report is on Pages 19 - 28 of the agenda pack for members.',
      'Please see section 4.2 and Appendix 3 for details of the 2 options considered by the officers.',
      'The focused visit on 14th & 15th May involved 2 weeks of engagement and a 12-month review of cases.',
      'For publication [Do not include information which is exempt under Schedule 12A of the Act or Regulation 10].',
      'The figures are shown in Table 14 and Chart 23 of the annex, with the method set out in Article 31 above.',
      'The youth hub supports young people aged 16 – 19 and care leavers up to age 25 who live in the district.',
      'Sessions are open to 11-year-olds and to residents aged 65 and over at the two libraries named above.',
      'Mentoring continues until the young person’s 21st birthday through the leaving care team (18+ services).',
      'Parents decided before, but at 16, young people gain legal rights and make their own choices about care.',
      'Under 18 conception rates fell more slowly than nationally, and the over-75s wait longest for a care package.',
    ].join('\n\n');
    expect(figuresOf(text)).toEqual([]);
  });

  it('keeps a sum or a share whose digits read like a time ("£2.15 million", "11.40%")', () => {
    const text = [
      '2.1 That Cabinet approves a capital budget of £2.15 million for the new changing rooms at the lido.',
      'Uptake of the garden waste service has reached 11.40% of households in the rural wards this year.',
      'Spending on the scheme stayed under 18 million pounds, and over 65% of the tenants rated it as good.',
      'The café will open at 9.30 am each day from the spring, staffed by the trust’s own volunteers.',
    ].join('\n\n');
    expect(figuresOf(text).map((figure) => figure.figures)).toEqual([
      ['£2.15 million'],
      ['11.40%'],
      ['18 million', '65%'],
    ]);
  });

  it("skips the numbers of the report's own title, which name its subject", () => {
    const text =
      'The 16-19 bursary reached 412 students, of whom 16 had left the college before the 19 week review point.';
    expect(figuresOf(text, 6, 'Review of the 16-19 Bursary Fund').map((figure) => figure.figures)).toEqual([['412']]);
  });

  it('skips tables and headings, and keeps the most quantified sentences up to the limit, in reading order', () => {
    const text = [
      '| Year | Referrals |',
      '| 2023 | 573 |',
      '',
      'There were 20 referrals to the service in the first month of the new arrangement.',
      '',
      'Completion rose to 55% from 43% as 78 individuals started the programme this year.',
      '',
      'Around 91% of victims reported that the abusive behaviours had stopped or reduced.',
    ].join('\n');
    expect(figuresOf(text, 2).map((figure) => figure.figures)).toEqual([['55%', '43%', '78'], ['91%']]);
  });

  it('skips numbered waves and tables, and the tail of a sentence a page break cut', () => {
    const text = [
      'Promoters were encouraged to bid in Waves 17 and 18, and Tables 4 and 5 list the schools concerned.',
      'admissions to hospital rose by 23% over three years, the tail of a sentence cut by the page.',
      'The school will add 210 places from September, with a budget of £4.2m for the building works.',
    ].join('\n\n');
    expect(figuresOf(text).map((figure) => figure.figures)).toEqual([['210', '£4.2m']]);
  });
});
