import { describe, expect, it } from 'vitest';
import { defined } from '../../test/support/defined.js';
import type { Part } from '../core/paper.js';
import { locateSheetField } from './locate-sheet-field.js';

const text = `**Report Title**

Domestic Abuse Strategy Progress Report

**Report Summary**

This report provides an update on progress.
It also covers the referral pathway.

**Recommendations**

1. Note the progress.

**List of Appendices Included**

Not applicable
`;
const part: Part = {
  kind: 'report',
  committee: 'C',
  meetingDate: '2023-12-05',
  title: 'T',
  sections: [],
  start: 0,
  end: text.length,
};

describe('locateSheetField', () => {
  it('finds the verbatim span of the summary and of the recommendations', () => {
    const summary = defined(locateSheetField(text, part, 'summary'));
    expect(text.slice(summary.start, summary.end)).toBe(
      'This report provides an update on progress.\nIt also covers the referral pathway.',
    );
    const recommendations = defined(locateSheetField(text, part, 'recommendations'));
    expect(text.slice(recommendations.start, recommendations.end)).toBe('1. Note the progress.');
  });

  it('says nothing when the sheet has no such field', () => {
    expect(locateSheetField('no sheet here', { ...part, end: 13 }, 'summary')).toBeUndefined();
  });

  it('finds a field whose text follows its label on a cover sheet, up to the next label or section', () => {
    const cover = `To: Cabinet - 30 January 2025
Subject: Transfer of the youth service
Decision no: 24/00109
Summary: The service moves to adult social care.

It affects about 600 young people.

Recommendation(s): Cabinet is asked to agree the transfer.
1. Introduction
1.1 The service began in 2019.
`;
    const coverPart = { ...part, end: cover.length };
    const summary = defined(locateSheetField(cover, coverPart, 'summary'));
    expect(cover.slice(summary.start, summary.end)).toBe(
      'The service moves to adult social care.\n\nIt affects about 600 young people.',
    );
    const recommendations = defined(locateSheetField(cover, coverPart, 'recommendations'));
    expect(cover.slice(recommendations.start, recommendations.end)).toBe('Cabinet is asked to agree the transfer.');
  });

  it("ends recommendations under a label of their own at the report's first numbered section", () => {
    const cover = `Summary: The depot lease ends in May.\n\nRecommendation(s):\nCabinet is asked to:\n\nA. Agree the new lease.\n\n1. Introduction\n\n1.1 The depot at Orme Lane has been leased since 2011.\n`;
    const coverPart = { ...part, end: cover.length };
    const recommendations = defined(locateSheetField(cover, coverPart, 'recommendations'));
    expect(cover.slice(recommendations.start, recommendations.end)).toBe(
      'Cabinet is asked to:\n\nA. Agree the new lease.',
    );
  });

  it("finds a decision notice's decision, up to its reasons", () => {
    const notice = `DECISION NOTICE\nDecision maker: Cabinet Member for Parks\nDecision date: 3 March 2031\nDecision:\n1. To approve a new bowls pavilion at Elm Park.\n2. To delegate the contract award to the Director of Leisure.\n\nReasons for the decision:\nThe pavilion is beyond repair.\n`;
    const span = defined(locateSheetField(notice, { ...part, end: notice.length }, 'decision'));
    expect(notice.slice(span.start, span.end)).toBe(
      '1. To approve a new bowls pavilion at Elm Park.\n2. To delegate the contract award to the Director of Leisure.',
    );
  });
});
