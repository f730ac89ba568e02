import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Part } from '../../src/core/paper.js';
import { parseLayoutFixture } from '../../test/support/parse-corpus-paper.js';
import { readInput } from '../read/read-input.js';
import { parseDocument } from './parse-document.js';

// Invented cover sheets in the labelled forms English, Welsh, Scottish and Irish councils print.
const parse = parseLayoutFixture;
const reports = (name: string): Part[] => parse(name).parts.filter((part) => part.kind === 'report');

describe('report cover sheets by their labelled fields', () => {
  it('reads "Report to / Date of meeting / Title", and names the contact officer when "Report of" is a post', () => {
    const [report] = reports('district-report-cover.txt');
    expect(report).toMatchObject({
      committee: 'Communities and Housing Scrutiny Panel',
      meetingDate: '2025-09-24',
      title: 'Lido Reopening Options',
    });
    expect(report!.report).toMatchObject({
      author: 'Imogen Castellanos, Leisure Contracts Manager',
      exempt: false,
    });
    expect(report!.sections.map((section) => section.heading)).toEqual([
      'Summary sheet',
      '1. Purpose of the report',
      '2. Recommendations',
      '3. Background',
    ]);
  });

  it('reads a Welsh "Meeting / Report Title / Report Author" sheet as a report, not as speaker turns', () => {
    const document = parse('welsh-report-cover.txt');
    expect(document.parts.map((part) => part.kind)).not.toContain('transcript');
    const [report] = document.parts.filter((part) => part.kind === 'report');
    expect(report).toMatchObject({
      committee: 'Cabinet',
      meetingDate: '2025-10-21',
      title: 'Harbour Mooring Charges 2026',
    });
    expect(report!.report).toMatchObject({ author: 'Rhodri Pugh, Harbour Master', exempt: false });
  });

  it('reads a Scottish "Report by … to … on <date>" line, titled by the line above it', () => {
    const [report] = reports('scottish-report-by.txt');
    expect(report).toMatchObject({
      committee: 'Communities Committee',
      meetingDate: '2025-11-11',
      title: 'CONCESSIONARY SWIMMING FOR CARERS',
    });
    expect(report!.report!.author).toBe('Depute Chief Executive (Communities)');
  });

  it('names the municipal district an Irish report is addressed to, not its Cathaoirleach', () => {
    const [report] = reports('irish-executive-report.txt');
    expect(report).toMatchObject({
      committee: 'Municipal District of Carrigmoyle',
      meetingDate: '2025-10-14',
      title: 'Carrigmoyle Main Street Public Lighting Upgrade',
    });
    expect(report!.report!.author).toBe('Senior Engineer, Roads and Transportation');
  });

  it('leaves a sheet that names no meeting undated: its "Date:" is when it was written', () => {
    const [report] = reports('undated-cover-note.txt');
    expect(report).toMatchObject({
      committee: 'Unknown committee',
      meetingDate: null,
      title: 'Business Rates Relief Take-up',
    });
    expect(report!.report).toMatchObject({ author: 'Director of Finance', exempt: false });
  });
});

describe('a ModernGov notice of meeting with its reports', () => {
  const document = parse('moderngov-notice-pack.txt');

  it('reads the mixed-case notice: the body on its own line, the date from "Date:"', () => {
    const [agenda] = document.parts.filter((part) => part.kind === 'agenda');
    expect(agenda).toMatchObject({ committee: 'Planning Policy and Licensing Committee', meetingDate: '2025-12-02' });
    expect(agenda!.agenda!.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Declarations of Interest'],
      ['3', 'Taxi Licensing Fees 2026/27'],
      ['4', 'Local Plan Timetable Update'],
      ['5', 'Exclusion of the Press and Public'],
      ['6', 'Market Hall Lease'],
    ]);
    // "Part II – Exempt" heads the next items; it is no part of item 4's text.
    expect(agenda!.agenda!.items[3]!.description).toBe('');
  });

  it('starts a report at each cover sheet, dated by the meeting it names', () => {
    expect(
      document.parts
        .filter((part) => part.kind === 'report')
        .map((part) => [part.title, part.committee, part.meetingDate, part.report?.author, part.report?.exempt]),
    ).toEqual([
      [
        'Taxi Licensing Fees 2026/27',
        'Planning Policy and Licensing Committee',
        '2025-12-02',
        'Gareth Mulholland, Senior Licensing Officer',
        false,
      ],
      [
        'Local Plan Timetable Update',
        'Planning Policy and Licensing Committee',
        '2025-12-02',
        'Head of Planning',
        false,
      ],
    ]);
  });
});

describe('the same pack as a PDF', () => {
  it('drops the running header after the first page and the page footers, and starts each report on its own page', async () => {
    const path = fileURLToPath(new URL('../../test/fixtures/cover-sheet-pack.pdf', import.meta.url));
    const { text, pageStarts } = await readInput(path);
    // On the first page the council's name over every page is the pack's title block: whose papers they are.
    expect(text.startsWith('Ashcombe Borough Council\n')).toBe(true);
    expect(text.match(/Ashcombe Borough Council/g)).toHaveLength(1);
    expect(text).not.toMatch(/Page \d of \d/);
    const document = parseDocument({ source: path, sha256: 'b'.repeat(64), text, pageStarts });
    const parts = document.parts.map((part) => [part.kind, part.committee, part.meetingDate, part.start]);
    expect(document.parts.every((part) => part.authority === 'Ashcombe Borough Council')).toBe(true);
    expect(parts).toEqual([
      ['agenda', 'Planning Policy and Licensing Committee', '2025-12-02', expect.any(Number)],
      ['report', 'Planning Policy and Licensing Committee', '2025-12-02', pageStarts![1]],
      ['report', 'Planning Policy and Licensing Committee', '2025-12-02', pageStarts![2]],
    ]);
  });
});
