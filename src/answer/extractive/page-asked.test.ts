import { describe, expect, it } from 'vitest';
import { asksForPage, headingWithPage } from './page-asked.js';

describe('asksForPage', () => {
  it('reads the ways a page is asked for', () => {
    expect(asksForPage('on what page of the SIS transfer report are the financial implications?')).toBe(true);
    expect(asksForPage('which pages is the draft budget on in the agenda')).toBe(true);
    expect(asksForPage('what is the page number of the equality assessment')).toBe(true);
  });

  it('does not take a page pointed to, or a web page, for one asked for', () => {
    expect(asksForPage('what does page 12 of the report say about parking?')).toBe(false);
    expect(asksForPage('is the consultation on the council web page?')).toBe(false);
  });
});

describe('headingWithPage', () => {
  const asked = 'on what page of the cabinet minutes is the care strategy item?';

  it("names the quote's page when the question asks for it", () => {
    expect(headingWithPage('Minute 91, Care Strategy Delivery Plan', 14, asked)).toBe(
      'Minute 91, Care Strategy Delivery Plan (page 14)',
    );
  });

  it('leaves the heading alone for a paper without pages or a question about something else', () => {
    expect(headingWithPage('Minute 9, Finance', undefined, asked)).toBe('Minute 9, Finance');
    expect(headingWithPage('Minute 91, Care Strategy', 14, 'who introduced the care strategy item?')).toBe(
      'Minute 91, Care Strategy',
    );
  });
});
