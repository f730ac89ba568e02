import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Part } from '../../src/core/paper.js';
import { layoutFixtures, parseLayoutFixture } from '../../test/support/parse-corpus-paper.js';
import { chunkDocument } from '../chunk/chunk-document.js';

// Short excerpts of each layout (the Kent ones as the PDF reader extracts them), plus synthetic US papers.
const parse = parseLayoutFixture;
const only = (parts: Part[], kind: Part['kind']): Part => {
  const found = parts.filter((part) => part.kind === kind);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const itemsOf = (part: Part) => part.minutes?.items.map((item) => [item.number, item.title]);

describe('ModernGov printed minutes', () => {
  const { parts } = parse('moderngov-printed-minutes.txt');
  const minutes = only(parts, 'minutes');

  it('names the body that met and its date, not the council printed above it', () => {
    expect(minutes).toMatchObject({ committee: 'Cabinet', meetingDate: '2025-01-30' });
  });

  it('finds the numbered items by their "(Item N)" line, and numbered RESOLVED paragraphs', () => {
    expect(itemsOf(minutes)).toEqual([
      ['84', 'Apologies'],
      ['85', 'Declarations of Interest'],
      ['86', 'Minutes of the Meeting held on 9th January 2025'],
      [
        '90',
        '24/00109 - Transfer the 18-25 section of the Strengthening Independence Service from the Children Young People and Education Directorate to the Adult Social Care and Health Directorate',
      ],
    ]);
    const transfer = minutes.minutes!.items.at(-1)!;
    expect(transfer.resolutions[0]?.text).toMatch(/^that Cabinet agree to transfer the statutory functions/);
  });

  it('keeps post-nominal letters with their member ("Mr R C Love, OBE")', () => {
    expect(minutes.minutes!.present.map((member) => member.name)).toContain('Mr R C Love, OBE');
    expect(minutes.minutes!.present.map((member) => member.name)).not.toContain('OBE');
  });

  it('marks the chair among those present', () => {
    expect(minutes.minutes!.present.filter((member) => member.chair).map((member) => member.name)).toEqual([
      'Mr R W Gough',
    ]);
  });
});

describe('agenda frontsheet', () => {
  it('reads the committee, the date under "AGENDA" and the numbered items', () => {
    const agenda = only(parse('agenda-frontsheet.txt').parts, 'agenda');
    expect(agenda).toMatchObject({ committee: 'Cabinet', meetingDate: '2025-01-30' });
    expect(agenda.agenda!.items.map((item) => item.title).slice(0, 3)).toEqual([
      'Apologies',
      'Declarations of Interest',
      'Minutes of the Meeting held on 9th January 2025',
    ]);
    expect(agenda.agenda!.items).toHaveLength(9);
  });

  it('keeps the closing notice and signature out of the last item, in a passage of their own', () => {
    const document = parse('agenda-frontsheet.txt');
    const agenda = only(document.parts, 'agenda');
    const last = agenda.agenda!.items.at(-1)!;
    expect(document.text.slice(last.start, last.end)).toMatch(/Kent 2025-29 \(Pages 461 - 610\)$/);
    expect(last.description).toBe('');
    const closing = agenda.agenda!.closing!;
    expect(document.text.slice(closing.start, closing.end)).toMatch(/^EXEMPT ITEMS\n\(At the time[\s\S]*2025$/);
    const chunks = chunkDocument(document, { size: 1200, overlap: 0 });
    expect(chunks.filter((chunk) => /no exempt items/.test(chunk.text)).map((chunk) => chunk.section)).toEqual([
      'Closing notes',
    ]);
  });
});

describe('report cover sheets', () => {
  it('dates a report by its "To: <committee> – <date>" line and titles it by its Subject', () => {
    const report = only(parse('report-cover-sheet.txt').parts, 'report');
    expect(report).toMatchObject({
      committee: 'Cabinet',
      meetingDate: '2025-01-30',
      title:
        'Transfer the 18-25 section of the Strengthening Independence Service from the Children Young People and Education Directorate to the Adult Social Care and Health Directorate',
    });
    expect(report.report).toMatchObject({
      exempt: false,
      author: 'Sue Chandler, Cabinet Member for Integrated Children’s Services',
    });
    expect(report.report!.summary).toMatch(/^Transitions involve facilitating young people’s move .* independence\.$/);
    expect(report.report!.recommendations).toMatch(
      /^Cabinet is asked to: A\. Agree to TRANSFER .* implement the decision\.$/,
    );
    expect(report.exempt).toBeUndefined();
    expect(report.report!.decisionNumber).toBe('24/00109');
  });

  it('does not start a record of decision at an appendix list that names one', () => {
    expect(parse('report-cover-sheet.txt').parts.map((part) => part.kind)).toEqual(['report']);
  });

  it('marks a report NOT FOR PUBLICATION under Schedule 12A exempt, and every chunk of it', () => {
    const document = parse('exempt-report-cover.txt');
    const report = only(document.parts, 'report');
    expect(report).toMatchObject({
      exempt: true,
      committee: 'Policy and Resources Cabinet Committee',
      meetingDate: '2025-03-12',
      title: 'Disposal of the former depot at Mill Lane',
    });
    const chunks = chunkDocument(document, { size: 400, overlap: 0 });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.exempt)).toBe(true);
  });
});

describe('record of decision with its covering letter', () => {
  const { parts } = parse('record-of-decision.txt');

  it('titles the letter by the meeting it names and the record by its decision, not the letterhead', () => {
    expect(parts.map((part) => [part.kind, part.committee, part.meetingDate, part.title])).toEqual([
      ['other', 'Cabinet', '2025-01-30', 'Covering letter: CABINET - THURSDAY, 30 JANUARY 2025'],
      ['report', 'Cabinet', '2025-01-30', 'Commissioning Plan for Education Provision in Kent 2025-29'],
    ]);
  });

  it('reads the decision number and the decision, and the template note on exemption as public', () => {
    expect(parts[1]!.report).toEqual({
      title: 'Commissioning Plan for Education Provision in Kent 2025-29',
      decisionNumber: '24/00096',
      exempt: false,
      recommendations: 'Cabinet agree to: A) the Commissioning Plan for Education Provision in Kent 2025-29',
    });
  });
});

describe('public reports pack', () => {
  const { parts } = parse('reports-pack.txt');

  it('keeps the earlier minutes on their own date while the pack belongs to the later meeting', () => {
    expect(parts.map((part) => [part.kind, part.committee, part.meetingDate])).toEqual([
      ['other', 'Cabinet', '2025-01-30'],
      ['minutes', 'Cabinet', '2025-01-09'],
      ['report', 'Cabinet', '2025-01-30'],
    ]);
    expect(itemsOf(parts[1]!)?.map(([number]) => number)).toEqual(['76', '77', '78']);
    expect(parts[2]!.title).toBe('Commissioning Plan for Education Provision in Kent 2025-29');
  });
});

describe('Irish minutes', () => {
  it('reads a header broken over many lines, "Item 1 :" items and the body that met', () => {
    const minutes = only(parse('irish-minutes.md').parts, 'minutes');
    expect(minutes).toMatchObject({
      committee: 'Travel and Transportation Strategic Policy Committee',
      meetingDate: '2023-12-12',
    });
    expect(itemsOf(minutes)?.[0]).toEqual(['1', 'Minutes:']);
    expect(minutes.minutes!.present.find((member) => member.chair)?.name).toBe('Novak');
  });

  it('reads an OCR date ("10™ DECEMBER, 2015"), roman-numbered items and "Proposed … Seconded … And Resolved"', () => {
    const minutes = only(parse('irish-minutes-proposed-seconded.md').parts, 'minutes');
    expect(minutes).toMatchObject({ committee: 'Municipal District of Adare-Rathkeale', meetingDate: '2015-12-10' });
    expect(itemsOf(minutes)).toEqual([
      ['1', 'Adoption of Minutes'],
      ['2', 'Travel and Transportation / Environment'],
    ]);
    expect(minutes.minutes!.items[0]!.resolutions[0]?.text).toMatch(/draft Minutes, as circulated/);
    expect(minutes.minutes!.present.filter((member) => member.chair).map((member) => member.name)).toContain(
      "R. O'Donoghue",
    );
  });
});

describe('English parish minutes', () => {
  it('dates the meeting from its header, not the front matter, and reads markdown-escaped numbers', () => {
    const { parts } = parse('parish-minutes.md');
    const minutes = only(parts, 'minutes');
    expect(minutes).toMatchObject({ committee: 'Wretton Parish Council', meetingDate: '2005-07-13' });
    expect(itemsOf(minutes)?.slice(0, 3)).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Declaration of Interest'],
      ['3', 'Approval of Minutes'],
    ]);
    expect(parts.filter((part) => part !== minutes).every((part) => part.meetingDate === null)).toBe(true);
  });
});

describe('parish minutes typed as run-on paragraphs', () => {
  it('finds items whose headings run on inside the paragraph before them, and no item in a figure or date', () => {
    const text = readFileSync(`${layoutFixtures}parish-run-on-items.md`, 'utf8');
    const minutes = only(parse('parish-run-on-items.md').parts, 'minutes');
    expect(minutes).toMatchObject({ committee: 'Ashcombe Magna Parish Council', meetingDate: '2026-04-14' });
    expect(itemsOf(minutes)).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Declarations of Interest'],
      ['3', 'Minutes of the meeting held on 10 March 2026'],
      ['4', 'Finance'],
      ['5', 'Open Spaces'],
      ['6', 'Highways and Footpaths'],
      ['7', 'Correspondence'],
      ['8', 'Next meeting'],
    ]);
    const items = minutes.minutes!.items;
    const bodyOf = (number: string) => {
      const item = items.find((candidate) => candidate.number === number)!;
      return text.slice(item.start, item.end);
    };
    expect(bodyOf('5')).not.toContain('Potholes');
    expect(bodyOf('6')).toMatch(/^6\. Highways and Footpaths\. 6\.1 Potholes/);
    expect(bodyOf('6')).toContain('gateway signs');
    expect(bodyOf('7')).toContain('it was resolved to give £250');
  });
});

describe('US city council minutes', () => {
  it('reads a month-first date and the council as the body that met', () => {
    const minutes = only(parse('us-city-council-minutes.txt').parts, 'minutes');
    expect(minutes).toMatchObject({ committee: 'City Council', meetingDate: '2025-03-04' });
    expect(itemsOf(minutes)?.map(([, title]) => title)).toEqual([
      'CALL TO ORDER',
      'ROLL CALL',
      'APPROVAL OF THE CONSENT CALENDAR',
      'PUBLIC HEARING - ORDINANCE 2025-03, SHORT-TERM RENTAL PERMITS',
      'ADJOURNMENT',
    ]);
  });
});

describe('motions as resolutions', () => {
  it('reads a US motion with its seconder, roll call and outcome as the resolution of its item', () => {
    const minutes = only(parse('us-city-council-minutes.txt').parts, 'minutes');
    expect(minutes.minutes!.items.map((item) => item.resolutions.map((resolution) => resolution.text))).toEqual([
      [],
      [],
      [
        'MOTION: Councilmember Adams moved, seconded by Councilmember Baker, to approve the consent calendar as presented. Roll call vote: Ayes: Adams, Baker, Chen, Diaz, Reyes Noes: None Absent: Evans Motion carried 5-0.',
      ],
      [
        'MOTION: Councilmember Chen moved, seconded by Councilmember Diaz, to adopt Ordinance 2025-03. Motion carried 4-1 (Baker voting no).',
      ],
      [],
    ]);
    expect(minutes.minutes!.items.every((item) => item.resolved === undefined)).toBe(true);
  });

  it('reads an Irish proposition wrapped across blank lines, past "Cllr." and initials', () => {
    const minutes = only(parse('irish-minutes.md').parts, 'minutes');
    expect(minutes.minutes!.items[0]!.resolutions.map((resolution) => resolution.text)).toEqual([
      'The Minutes of the Meeting of the Travel and Transportation Strategic Policy Committee held on the 17th October 2023 were proposed by Cllr. E. O’Donovan, seconded by Cllr. D. Butler and adopted.',
    ]);
  });

  it('reads parish proposals, with an outcome printed after them, and leaves items without one empty', () => {
    const minutes = only(parse('parish-minutes.md').parts, 'minutes');
    const resolutions = minutes.minutes!.items.map((item) => item.resolutions.map((resolution) => resolution.text));
    expect(resolutions[0]).toEqual([]);
    expect(resolutions.flat().every((text) => /propos/i.test(text) && /seconded/i.test(text))).toBe(true);
    expect(resolutions.flat().length).toBeGreaterThan(0);
  });
});

describe('unknown layouts', () => {
  it('degrade to plain undated sections, never a date from the body', () => {
    const { parts } = parse('unknown-layout.md');
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ kind: 'other', meetingDate: null, committee: 'Unknown committee' });
  });
});
