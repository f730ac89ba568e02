import { describe, expect, it } from 'vitest';
import { joinPages } from './join-wrapped-lines.js';
import type { PageLine } from './pdf-page-lines.js';
import { dropRunningLines } from './running-lines.js';

// A page of 12-point text 500 units wide: a line is full when it reaches x = 550.
function line(text: string, options: { full?: boolean; x?: number; gap?: boolean; depth?: number } = {}): PageLine {
  const x = options.x ?? 50;
  return {
    text,
    x,
    endX: options.full ? 550 : x + text.length * 5.5,
    y: 0,
    height: 12,
    paragraphStart: options.gap ?? false,
    depth: options.depth ?? 0.5,
  };
}

const fullLine = (text: string) => line(text.padEnd(80, ' x').slice(0, 80), { full: true });

describe('joinPages', () => {
  it('joins lines wrapped at the margin and keeps short lines, list items and paragraph gaps', () => {
    const { text } = joinPages([
      [
        line('MINUTES', { gap: true }),
        line('84. Apologies', { gap: true }),
        line('(Item 1)'),
        {
          ...fullLine('The Leader explained that the consultation had closed and that'),
          text: 'The Leader explained that the consultation had closed and that',
        },
        line('responses would follow.'),
        line('Second paragraph.', { gap: true }),
        { ...fullLine(''), text: 'The Council had made several recommendations, as follows and more' },
        line('- Amending the definition of street works.'),
      ],
    ]);
    expect(text).toBe(
      'MINUTES\n\n84. Apologies\n(Item 1)\nThe Leader explained that the consultation had closed and that responses would follow.\n\nSecond paragraph.\nThe Council had made several recommendations, as follows and more\n- Amending the definition of street works.',
    );
  });

  it('rejoins a word broken at a soft hyphen and drops the soft hyphens printed nowhere', () => {
    const { text } = joinPages([
      [
        {
          ...fullLine(''),
          text: 'Benefits: every pound spent on protection saves £4.20 and the scheme would be adminis\u00AD',
        },
        line('tered by the Kelderby Commu\u00ADnity Foundation.'),
      ],
    ]);
    expect(text).toBe(
      'Benefits: every pound spent on protection saves £4.20 and the scheme would be administered by the Kelderby Community Foundation.',
    );
  });

  it('keeps a one-word heading set further down apart from the short last line of the paragraph above', () => {
    const body = 'costs. The scheme would be administered by the Kelderby Community Foundation.';
    const { text } = joinPages([
      [
        {
          ...fullLine(''),
          text: 'Benefits: every pound spent on property-level protection was estimated to save',
          y: 640,
        },
        { ...line(body), endX: 480, y: 628 },
        { ...line('Recommendation'), y: 610 },
        { ...fullLine(''), text: 'That the committee approve the scheme.', y: 590, paragraphStart: true },
      ],
    ]);
    expect(text).toBe(
      `Benefits: every pound spent on property-level protection was estimated to save ${body}\nRecommendation\n\nThat the committee approve the scheme.`,
    );
  });

  it('joins a line that stops short mid-sentence to the lower-case line below it in the same column', () => {
    const { text } = joinPages([
      [
        line('The parish hall roof will be repaired once the', { gap: true }),
        line('insurer has agreed the claim.'),
        line('Repairs are due in May.'),
        line('start of a new sentence in lower case.'),
        line('Quotes were sought from three', { gap: true }),
        line('roofers', { x: 300 }),
        line('Budget holders, as listed'),
        line('a) the clerk'),
        // A full-width paragraph sets the margin the short lines above stop well before.
        { ...fullLine(''), text: 'Any other business.', paragraphStart: true },
      ],
    ]);
    expect(text).toBe(
      [
        'The parish hall roof will be repaired once the insurer has agreed the claim.',
        'Repairs are due in May.',
        'start of a new sentence in lower case.',
        '',
        'Quotes were sought from three',
        'roofers',
        'Budget holders, as listed',
        'a) the clerk',
        '',
        'Any other business.',
      ].join('\n'),
    );
  });

  it('rejoins a hyphenated word only when the paper spells it whole elsewhere', () => {
    const wrapped = (head: string, tail: string): PageLine[] => [
      { ...fullLine(''), text: `A long line of the report that ends with ${head}-` },
      line(`${tail} and goes on.`),
    ];
    const { text } = joinPages([
      [...wrapped('informa', 'tion'), ...wrapped('decision', 'making'), line('The information.', { gap: true })],
    ]);
    expect(text).toContain('ends with information and goes on.');
    expect(text).toContain('ends with decision-making and goes on.');
  });

  it('keeps a figure joined to its word across a hyphen at the line end', () => {
    const { text } = joinPages([
      [
        { ...fullLine(''), text: 'Outline permission for a new 90-' },
        line('bed care home and a 24-'),
        line('hour pharmacy.'),
        line('The bed count.', { gap: true }),
      ],
    ]);
    expect(text).toContain('a new 90-bed care home and a 24-hour pharmacy.');
  });

  it('drops the hyphen of a word broken at an ending or a bare syllable the paper never prints whole', () => {
    const wrapped = (head: string, tail: string): PageLine[] => [
      { ...fullLine(''), text: `A long line of the report that ends with ${head}-` },
      line(`${tail} and goes on.`),
    ];
    const { text } = joinPages([
      [
        ...wrapped('length', 'ened'),
        ...wrapped('ac', 'count'),
        ...wrapped('co', 'production'),
        ...wrapped('one', 'off'),
        ...wrapped('self', 'contained'),
        ...wrapped('ill', 'health'),
        line('Good health.', { gap: true }),
      ],
    ]);
    expect(text).toContain('ends with lengthened and goes on.');
    expect(text).toContain('ends with account and goes on.');
    expect(text).toContain('ends with co-production and goes on.');
    expect(text).toContain('ends with one-off and goes on.');
    expect(text).toContain('ends with self-contained and goes on.');
    expect(text).toContain('ends with ill-health and goes on.');
  });

  it('records where each page starts and carries a paragraph across the page break', () => {
    const first = [
      line('Page one heading', { gap: true }),
      { ...fullLine(''), text: 'The paragraph runs to the foot of the page and' },
    ];
    const second = [line('continues on the next page.'), line('New paragraph.', { gap: true })];
    const { text, pageStarts } = joinPages([first, [], second]);
    expect(text).toBe(
      'Page one heading\nThe paragraph runs to the foot of the page and continues on the next page.\n\nNew paragraph.',
    );
    expect(pageStarts).toEqual([0, text.indexOf('continues'), text.indexOf('continues')]);
  });
});

describe('joinPages on sparse pages and headings', () => {
  it('starts the next page anew after a cover that ends high on its page, and a mixed-case line under capitals', () => {
    const { text } = joinPages([
      [
        { ...line('ORRELBY VALE DISTRICT COUNCIL', { depth: 0.2 }), endX: 400 },
        line('Parks and Open Spaces Committee', { depth: 0.22 }),
        { ...line('Meeting of 9 October 2029, Lantern Room, Orrelby Civic Offices', { depth: 0.3 }), endX: 420 },
      ],
      [line('Index of reports', { depth: 0.1 }), line('Boating lake refurbishment', { depth: 0.12 })],
    ]);
    expect(text).toBe(
      'ORRELBY VALE DISTRICT COUNCIL\nParks and Open Spaces Committee\nMeeting of 9 October 2029, Lantern Room, ' +
        'Orrelby Civic Offices\n\nIndex of reports\nBoating lake refurbishment',
    );
  });

  it('still runs a paragraph on from a page filled to its foot', () => {
    const { text } = joinPages([
      [
        fullLine('The warden reported that the boating lake had been drained and that'),
        { ...fullLine('its liner'), depth: 0.9 },
      ],
      [line('Relining would take six weeks.', { depth: 0.1 })],
    ]);
    expect(text).toMatch(/its liner[ x]* Relining would take six weeks\.$/);
  });
});

describe('dropRunningLines', () => {
  const bodies = ['', 'Apologies were received.', 'The report was noted.', '', 'The meeting closed.'];
  const page = (number: number): PageLine[] => [
    line('Kent County Council – Cabinet', { depth: 0.03 }),
    line(bodies[number]!),
    line('(Item 4)'),
    line(`Closing line ${'abcde'[number]}.`),
    line(`Page ${number} of 4`, { depth: 0.96 }),
  ];

  it('drops page numbers, repeated headers and blank-page notices but keeps the body', () => {
    const pages = dropRunningLines([
      page(1),
      page(2),
      [line('This page is intentionally left blank')],
      [line('7', { depth: 0.04 }), ...page(4)],
    ]);
    expect(pages.map((lines) => lines.map((kept) => kept.text))).toEqual([
      ['Apologies were received.', '(Item 4)', 'Closing line b.'],
      ['The report was noted.', '(Item 4)', 'Closing line c.'],
      [],
      ['The meeting closed.', '(Item 4)', 'Closing line e.'],
    ]);
  });

  it('drops the header opening both pages of a two-page paper when it names the body or the date', () => {
    const pages = dropRunningLines([
      [line('Fellside Fire Authority – 9 March 2026', { depth: 0.03 }), line('Minutes.'), line('One.')],
      [line('Fellside Fire Authority – 9 March 2026', { depth: 0.03 }), line('Two.')],
    ]);
    // On the first page a header naming the body and its day is the meeting's title, perhaps its only date.
    expect(pages.map((lines) => lines.map((kept) => kept.text))).toEqual([
      ['Fellside Fire Authority – 9 March 2026', 'Minutes.', 'One.'],
      ['Two.'],
    ]);
    const undated = dropRunningLines([
      [line('Fellside Fire Authority', { depth: 0.03 }), line('Minutes.'), line('One.')],
      [line('Fellside Fire Authority', { depth: 0.03 }), line('Two.')],
    ]);
    expect(undated[1]!.map((kept) => kept.text)).toEqual(['Two.']);
    const headings = dropRunningLines([
      [line('Appendix A', { depth: 0.03 }), line('One.')],
      [line('Appendix A', { depth: 0.03 }), line('Two.')],
    ]);
    expect(headings[1]!.map((kept) => kept.text)).toEqual(['Appendix A', 'Two.']);
  });

  it('keeps a heading’s last word wrapped under it as a bare figure, though it masks like the pages’ numbers', () => {
    const page = (name: string, number: number): PageLine[] => [
      line(`Report of the ${name} to the Parks and Open Spaces Committee on 9 October`, { depth: 0.07 }),
      line('2029', { depth: 0.09 }),
      line(`The warden reported on lake ${'ABC'[number - 3]}.`),
      line(`${number}`, { depth: 0.96, x: 290, gap: true }),
    ];
    const pages = dropRunningLines([page('Head of Parks', 3), page('Lakes Officer', 4), page('Head of Estates', 5)]);
    expect(pages.map((kept) => kept.map((one) => one.text).slice(1))).toEqual(
      ['A', 'B', 'C'].map((lake) => ['2029', `The warden reported on lake ${lake}.`]),
    );
  });

  it('keeps a heading that only two pages share', () => {
    const pages = dropRunningLines([
      [line('Appendix A'), line('One.')],
      [line('Appendix A'), line('Two.')],
      [line('Three.')],
      [line('Four.')],
    ]);
    expect(pages[0]!.map((kept) => kept.text)).toEqual(['Appendix A', 'One.']);
  });
});
