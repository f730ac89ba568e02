import { describe, expect, it } from 'vitest';
import type { AgendaItem, Part } from '../core/paper.js';
import { matchReports } from './match-reports.js';

const item = (number: string, title: string, description = ''): AgendaItem => ({
  number,
  title,
  description,
  start: 0,
  end: 1,
});
const report = (title: string) => ({
  part: {
    kind: 'report',
    committee: 'C',
    meetingDate: '2023-12-05',
    title,
    sections: [],
    start: 0,
    end: 1,
    report: { title, exempt: false },
  } satisfies Part,
});

describe('matchReports', () => {
  it('pairs each agenda item with the report whose title is most alike, each report once', () => {
    const items = [
      item('7', 'Corporate Parenting Panel - Update', 'To consider any updates from the Corporate Parenting Panel.'),
      item('8', "Looked After Children's Sufficiency Strategy Update"),
      item('9', 'Domestic Abuse Strategy 2022-2027 Update'),
    ];
    const reports = [
      report('Domestic Abuse Strategy Progress Report'),
      report('Improving Lives Select Commission – Looked After Children’s Sufficiency Strategy progress update.'),
    ];
    const matched = matchReports(items, reports);
    expect(matched.get(items[0])).toBeUndefined();
    expect(matched.get(items[1])).toBe(reports[1]);
    expect(matched.get(items[2])).toBe(reports[0]);
  });

  it('uses the agenda description when the titles differ', () => {
    const items = [
      item('7', 'Inspection Outcome', 'An overview of the Ofsted Focused Visit to Children’s Services in May.'),
    ];
    const reports = [report('Ofsted Focused Visit to Rotherham’s Children’s Services')];
    expect(matchReports(items, reports).get(items[0])).toBe(reports[0]);
  });

  it('pairs by a shared decision number before any likeness of titles', () => {
    const items = [
      item('7', '24/00109 - Transfer of the 18-25 service to Adult Social Care'),
      item('8', '24/00115 - Transfer of the 18-25 service: staffing'),
    ];
    const covers = new Map([
      ['Transfer of the 18-25 service to Adult Social Care', ['24/00115']],
      ['Staffing for the transferred service', ['24/00109']],
    ]);
    const reports = [...covers.keys()].map(report);
    const matched = matchReports(items, reports, {
      referencesOf: (candidate) => covers.get(candidate.part.title) ?? [],
    });
    expect(matched.get(items[0])).toBe(reports[1]);
    expect(matched.get(items[1])).toBe(reports[0]);
  });
});
