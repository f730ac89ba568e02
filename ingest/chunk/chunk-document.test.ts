import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/core/chunk.js';
import type { Span } from '../../src/core/paper.js';
import { onlyPart, parseCorpusPaper } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from '../parse/parse-document.js';
import { chunkDocument } from './chunk-document.js';

const defaults = { size: 1200, overlap: 150 };
const papers = ['000', '001', '002', '004'];

const within = (chunk: Chunk, span: Span): boolean => chunk.start >= span.start && chunk.end <= span.end;
const overlaps = (chunk: Chunk, span: Span): boolean => chunk.start < span.end && chunk.end > span.start;

function minuteChunk(chunks: Chunk[], minute: string, section?: string): Chunk[] {
  return chunks.filter((chunk) => chunk.kind === 'minutes' && chunk.minute === minute && chunk.section === section);
}

describe.each(papers)('chunkDocument on corpus paper %s', (prefix) => {
  const document = parseCorpusPaper(prefix);
  const chunks = chunkDocument(document, defaults);

  it('gives every chunk its verbatim text, offsets, 1-based line and a stable id', () => {
    expect(chunks.length).toBeGreaterThan(10);
    chunks.forEach((chunk, ordinal) => {
      expect(chunk.text).toBe(document.text.slice(chunk.start, chunk.end));
      expect(chunk.text.trim()).toBe(chunk.text);
      expect(chunk.line).toBe(document.text.slice(0, chunk.start).split('\n').length);
      expect(chunk).toMatchObject({
        ordinal,
        id: `${document.sha256.slice(0, 16)}:${ordinal}`,
        source: document.source,
      });
    });
  });

  it('never lets a chunk cross a part, a minute item or a report', () => {
    for (const chunk of chunks) {
      const part = document.parts[chunk.partIndex]!;
      expect(within(chunk, part)).toBe(true);
      expect(chunk).toMatchObject({ kind: part.kind, meetingDate: part.meetingDate, committee: part.committee });
      for (const item of part.minutes?.items ?? []) {
        if (overlaps(chunk, item)) expect(within(chunk, item)).toBe(true);
        if (overlaps(chunk, item)) expect(chunk.minute).toBe(item.number);
      }
    }
  });

  it('keeps chunks within the size and covers every item heading', () => {
    for (const chunk of chunks) expect(chunk.end - chunk.start).toBeLessThanOrEqual(defaults.size);
    for (const part of document.parts) {
      for (const item of part.minutes?.items ?? []) {
        expect(chunks.some((chunk) => chunk.start === item.start)).toBe(true);
      }
    }
  });

  it('keeps each Resolved block that fits in one chunk of its own', () => {
    for (const [partIndex, part] of document.parts.entries()) {
      for (const item of part.minutes?.items ?? []) {
        if (!item.resolved || item.resolved.end - item.resolved.start > defaults.size) continue;
        const holding = chunks.filter((chunk) => chunk.partIndex === partIndex && overlaps(chunk, item.resolved!));
        expect(holding).toHaveLength(1);
        expect(holding[0]!.section).toBe('Resolved');
      }
    }
  });
});

describe('chunk heading paths', () => {
  const document = parseCorpusPaper('000');
  const chunks = chunkDocument(document, defaults);

  it('reads committee › date › minute number and title › Resolved', () => {
    const [resolved] = minuteChunk(chunks, '126', 'Resolved');
    expect(resolved!.headingPath).toEqual([
      'Improving Lives Select Commission',
      '2023-10-31',
      'Minute 126 — Elective Home Education Presentation',
      'Resolved',
    ]);
    expect(resolved!.text).toMatch(
      /^\*\*Resolved: - That\*\*[\s\S]*5\) The Cabinet member raises with the commission if anything significant changes\.$/,
    );
  });

  it('names report chunks by report title and section, and marks them not exempt', () => {
    const report = chunks.find((chunk) => chunk.kind === 'report' && chunk.section === '2. Key Issues')!;
    expect(report.headingPath.slice(0, 3)).toEqual([
      'Improving Lives Select Commission',
      '2023-12-05',
      'Improving Lives Select Commission – Looked After Children’s Sufficiency Strategy progress update.',
    ]);
    expect(report.exempt).toBe(false);
  });

  it('gives agenda items and the attendance header their own sections', () => {
    expect(chunks.find((chunk) => chunk.section === 'Item 13 — Date and time of the next meeting')?.text).toContain(
      '30 January 2024',
    );
    const attendance = chunks.find((chunk) => chunk.section === 'Attendance')!;
    expect(attendance.text).toContain('Z. Collingham');
    expect(attendance.minute).toBeUndefined();
  });

  it('keeps the whole minutes part of 001 in minute-numbered chunks after the attendance', () => {
    const minutes = chunkDocument(parseCorpusPaper('001'), defaults);
    const numbers = [...new Set(minutes.filter((chunk) => chunk.minute).map((chunk) => chunk.minute))];
    expect(numbers).toEqual(onlyPart(parseCorpusPaper('001'), 'minutes').minutes!.items.map((item) => item.number));
  });
});

describe('chunkDocument on a paper with pages', () => {
  it('gives every chunk the page it starts on and the page breaks inside it', () => {
    const paragraphs = Array.from({ length: 12 }, (_, index) =>
      `Paragraph ${index + 1} of the report. `.repeat(8).trim(),
    );
    const text = paragraphs.join('\n\n');
    const pageStarts = [0, text.indexOf('Paragraph 5 '), text.indexOf('Paragraph 5 '), text.indexOf('Paragraph 9 ')];
    const chunks = chunkDocument(parseDocument({ source: 'paged.pdf', sha256: 'f'.repeat(64), text, pageStarts }), {
      size: 900,
      overlap: 0,
    });
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      const expected = pageStarts.filter((pageStart) => pageStart <= chunk.start).length;
      expect(chunk.page).toBe(expected);
      expect(chunk.pageBreaks ?? []).toEqual(
        pageStarts.filter((pageStart) => pageStart > chunk.start && pageStart < chunk.end),
      );
    }
    expect(chunks.at(-1)!.page).toBe(4);
  });

  it('gives no page to papers without pages', () => {
    const chunks = chunkDocument(parseCorpusPaper('000'), defaults);
    expect(chunks.every((chunk) => chunk.page === undefined)).toBe(true);
  });
});

describe('chunkDocument on a transcript', () => {
  const filler = 'The panel heard how the service runs across the borough, ward by ward, week by week. ';
  const turns = [
    ['Cllr Ada Obi (Chair)', 'Welcome, everyone. We turn to the home care contract.'],
    ['Cllr Ben Hale', `${filler.repeat(6)}How many hours of home care went undelivered last winter?`],
    ['Ms Rita Kaur (Director of Adult Care)', `About four thousand hours went undelivered. ${filler.repeat(9)}`],
    ['Cllr Ada Obi (Chair)', 'Thank you. Cllr Lee, your question on staffing.'],
    ['Cllr Tom Lee', `${filler.repeat(4)}Are agency staff still covering the night rounds?`],
    ['Ms Rita Kaur (Director of Adult Care)', `Yes, for now. ${filler.repeat(5)}`],
  ];
  const text = turns.map(([speaker, words]) => `${speaker}: ${words}`).join('\n\n');
  const chunks = chunkDocument(parseDocument({ source: 'panel.txt', sha256: 'e'.repeat(64), text }), defaults);

  it('starts every chunk at a turn and names its speakers', () => {
    for (const chunk of chunks) {
      expect(chunk.kind).toBe('transcript');
      expect(chunk.speakerTurns?.[0]?.start).toBe(chunk.start);
      expect(chunk.speakers?.length).toBeGreaterThan(0);
    }
  });

  it('keeps a question with its reply when the two exceed one chunk size', () => {
    const question = text.indexOf('How many hours of home care');
    const reply = text.indexOf('About four thousand hours');
    expect(reply - text.indexOf('Cllr Ben Hale:')).toBeGreaterThan(defaults.size / 2);
    const replyEnd = text.indexOf('\n\nCllr Ada Obi', reply);
    expect(replyEnd - text.indexOf('Cllr Ben Hale:')).toBeGreaterThan(defaults.size);
    const holding = chunks.find((chunk) => chunk.start <= question && chunk.end >= replyEnd);
    expect(holding?.speakers).toEqual(
      expect.arrayContaining(['Cllr Ben Hale', 'Ms Rita Kaur (Director of Adult Care)']),
    );
  });
});

describe('chunkDocument on minutes that number their attendance', () => {
  // Invented parish minutes: attendance and apologies are numbered items.
  const text = [
    'Minutes of the meeting of Nether Wallop Parish Council held on Tuesday 6 May 2025 at 7pm in the Reading Room',
    '',
    '1. Those Attending: Cllr A Pennywhistle (Chair), Cllr B Haddock, Mrs Q Inkpen (Clerk).',
    '',
    '2. To Receive Apologies for Absence: Cllr R Tumble (unwell).',
    '',
    '3. Declarations of Interest: None.',
    '',
    '4. Village Pond: The Clerk had obtained two quotes for clearing the reeds; the cheaper was accepted.',
  ].join('\n');
  const chunks = chunkDocument(parseDocument({ source: 'nether-wallop.md', sha256: 'a'.repeat(64), text }), defaults);

  it('reads the attendance and apologies items as attendance, and only those', () => {
    const sectionOf = (minute: string) => chunks.find((chunk) => chunk.minute === minute)?.section;
    expect(chunks.find((chunk) => chunk.minute === '1')?.meetingDate).toBe('2025-05-06');
    expect(sectionOf('1')).toBe('Attendance');
    expect(sectionOf('2')).toBe('Attendance');
    expect(sectionOf('3')).toBeUndefined();
    expect(sectionOf('4')).toBeUndefined();
  });
});

describe('chunkDocument on minute titles', () => {
  // Invented minutes: one heading printed in capitals, one cased by the clerk with acronyms in it.
  const text = [
    'Minutes of the meeting of Nether Wallop Parish Council held on Tuesday 3 June 2025 at 7pm',
    '',
    '**12. VILLAGE HALL HEATING**',
    '',
    'The Clerk reported two quotes for air-source heat pumps.',
    '',
    '**13. CCTV at the MUGA and the Play Area**',
    '',
    'Members asked for a third quote.',
  ].join('\n');
  const chunks = chunkDocument(parseDocument({ source: 'titles.md', sha256: 'b'.repeat(64), text }), defaults);

  it('re-cases a title printed in capitals and keeps one the clerk cased as printed', () => {
    const titleOf = (minute: string) => chunks.find((chunk) => chunk.minute === minute)?.minuteTitle;
    expect(titleOf('12')).toBe('Village Hall Heating');
    expect(titleOf('13')).toBe('CCTV at the MUGA and the Play Area');
  });
});

describe('chunkDocument on a hearing notice', () => {
  // Invented notice: the premises are printed once, in its fields, above the numbered decision and reasons.
  const text = [
    'LICENSING SUB-COMMITTEE',
    '',
    'Premises: The Gull and Anchor, 12 Slipway Lane',
    'Date of hearing: 7 April 2033',
    '',
    '1. Decision',
    'The Sub-Committee resolved to refuse the extension of hours.',
    '',
    '2. Reasons',
    'Residents gave evidence of noise from the beer garden late at night.',
  ].join('\n');
  const chunks = chunkDocument(parseDocument({ source: 'notice.txt', sha256: 'c'.repeat(64), text }), defaults);

  it("heads each numbered paragraph's passage with the premises", () => {
    expect(chunks.find((chunk) => chunk.minute === '2')?.headingPath).toEqual([
      'Licensing Sub-Committee',
      '2033-04-07',
      'The Gull and Anchor, 12 Slipway Lane',
      'Minute 2 — Reasons',
    ]);
  });
});

describe('chunkDocument on notes exported from a shared document', () => {
  // Invented notes: a short last topic, then the decisions and actions under headings of their own.
  const text = [
    '# Millbeck Green Steering Group – meeting notes',
    '',
    '**Date:** 09/11/2032',
    '',
    '### 4. Any other business',
    '- Bench on the towpath is loose.',
    '',
    '## Decisions',
    '- Hedge planting will go ahead in February.',
    '',
    '## Action items',
    '- [ ] @Wilf Arden – order 200 whips – due 30/11/2032',
  ].join('\n');
  const chunks = chunkDocument(parseDocument({ source: 'notes.md', sha256: 'd'.repeat(64), text }), defaults);

  it('gives the decisions and the action items passages of their own, under their headings', () => {
    const sectionOf = (phrase: string) => chunks.find((chunk) => chunk.text.includes(phrase))?.section;
    expect(sectionOf('Hedge planting')).toBe('Decisions');
    expect(sectionOf('order 200 whips')).toBe('Action items');
  });

  it('files the notes under the body their title names, on the day their date field gives', () => {
    expect(chunks[0]).toMatchObject({ committee: 'Millbeck Green Steering Group', meetingDate: '2032-11-09' });
  });
});

describe('chunkDocument on a register longer than a passage', () => {
  const header = '| Ref | Risk | Risk owner | Target date |';
  const rows = Array.from(
    { length: 24 },
    (_, index) =>
      `| R${index + 1} | Risk number ${index + 1} of the register, described at some length | Head of Service ${index + 1} | 31 March 2033 |`,
  );
  const text = [
    '# Audit Committee',
    '',
    'Minutes of the meeting held on 9 March 2032',
    '',
    '### 4. Risk Register',
    '',
    'The register was presented.',
    '',
    header,
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
  const chunks = chunkDocument(parseDocument({ source: 'register.md', sha256: 'b'.repeat(64), text }), defaults);
  const rowChunks = chunks.filter((chunk) => chunk.text.includes('| R'));

  it('gives a passage that opens inside the table its header, as printed, and the one holding it none', () => {
    expect(rowChunks.length).toBeGreaterThan(1);
    expect(rowChunks[0]!.text).toContain(header);
    expect(rowChunks[0]!.tableHeader).toBeUndefined();
    for (const chunk of rowChunks.slice(1)) expect(chunk.tableHeader).toBe(header);
  });
});
