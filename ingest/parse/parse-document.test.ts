import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart, parseCorpusPaper, partsOfKind } from '../../test/support/parse-corpus-paper.js';

const committee = 'Improving Lives Select Commission';

function itemNumbers(document: ParsedDocument): string[] {
  return onlyPart(document, 'minutes').minutes!.items.map((item) => item.number);
}

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, index) => String(from + index));
}

describe('parseDocument on the 5 December 2023 agenda pack (000)', () => {
  const document = parseCorpusPaper('000');

  it('splits the pack into agenda, minutes, two reports and a work programme, in order', () => {
    expect(document.parts.map((part) => part.kind)).toEqual([
      'agenda',
      'minutes',
      'report',
      'report',
      'work-programme',
    ]);
    expect(document.parts.every((part) => part.committee === committee)).toBe(true);
  });

  it('dates the agenda 2023-12-05 and lists its 13 items with the next meeting', () => {
    const agenda = onlyPart(document, 'agenda');
    expect(agenda.meetingDate).toBe('2023-12-05');
    expect(agenda.agenda!.items.map((item) => item.number)).toEqual(range(1, 13));
    expect(agenda.agenda!.items[7]!.title).toBe("Looked After Children's Sufficiency Strategy Update");
    expect(agenda.agenda!.time).toBe('10.00 a.m.');
    expect(agenda.agenda!.nextMeeting).toMatchObject({
      date: '2024-01-30',
      time: '10.00am',
      venue: 'Rotherham Town Hall',
    });
  });

  it('dates the minutes of the previous meeting 2023-10-31 with items 119–130', () => {
    const minutes = onlyPart(document, 'minutes');
    expect(minutes.meetingDate).toBe('2023-10-31');
    expect(itemNumbers(document)).toEqual(range(119, 130));
  });

  it('reads attendance: Pitchley in the chair, apologies from Z. Collingham', () => {
    const { present, apologies } = onlyPart(document, 'minutes').minutes!;
    expect(present.filter((attendee) => attendee.chair)).toEqual([{ name: 'Pitchley', chair: true }]);
    expect(present.map((attendee) => attendee.name)).toContain('Baker-Rogers');
    expect(present).toHaveLength(13);
    expect(apologies).toEqual(['Z. Collingham']);
  });

  it('reads minute 126 (Elective Home Education) with its five resolutions', () => {
    const item = onlyPart(document, 'minutes').minutes!.items.find((candidate) => candidate.number === '126')!;
    expect(item.title).toBe('ELECTIVE HOME EDUCATION PRESENTATION');
    expect(item.resolutions.map((resolution) => resolution.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(item.resolutions[0]!.text).toBe(
      'The Improving Lives Select Commission accept the presentation and note the progress made.',
    );
  });

  it('reads minute 125 with four resolutions, one sharing the Peer Review Report', () => {
    const item = onlyPart(document, 'minutes').minutes!.items.find((candidate) => candidate.number === '125')!;
    expect(item.resolutions).toHaveLength(4);
    expect(item.resolutions[1]!.text).toBe(
      'The Peer Review Report be shared with the Commission once it is in the public domain.',
    );
  });

  it('keeps an unnumbered resolution whole and gives items without one none', () => {
    const items = onlyPart(document, 'minutes').minutes!.items;
    expect(items.find((item) => item.number === '128')!.resolutions.map((resolution) => resolution.text)).toEqual([
      'That the update be noted.',
    ]);
    expect(items.find((item) => item.number === '129')!.resolutions).toEqual([]);
    expect(items.find((item) => item.number === '129')!.resolved).toBeUndefined();
  });

  it('reads both report summary sheets: title, author, not exempt, dated 2023-12-05', () => {
    const reports = partsOfKind(document, 'report');
    expect(reports.map((report) => report.meetingDate)).toEqual(['2023-12-05', '2023-12-05']);
    expect(reports.map((report) => report.title)).toEqual([
      'Improving Lives Select Commission – Looked After Children’s Sufficiency Strategy progress update.',
      'Domestic Abuse Strategy Progress Report',
    ]);
    expect(reports[0]!.report!.author).toBe('Helen Sweaton');
    expect(reports[1]!.report!.author).toMatch(/^Kayley Charlton\b/);
    expect(reports.map((report) => report.report!.exempt)).toEqual([false, false]);
    expect(reports[1]!.report!.recommendations).toContain('note and make comments on the progress');
  });

  it('starts the second report at its "Public Report" cover, not inside the first', () => {
    const second = partsOfKind(document, 'report')[1]!;
    expect(document.text.slice(second.start)).toMatch(/^Public Report\s+Improving Lives Select Commission\s+---/);
  });

  it('dates the work programme with its pack, 2023-12-05', () => {
    const programme = onlyPart(document, 'work-programme');
    expect(programme.meetingDate).toBe('2023-12-05');
    expect(programme.title).toContain('Summary Work Programme 2023/24');
  });
});

describe('parseDocument on the 17 September 2024 agenda pack (004)', () => {
  const document = parseCorpusPaper('004');

  it('holds the agenda for 2024-09-17 whose next meeting is 2024-10-29', () => {
    const agenda = onlyPart(document, 'agenda');
    expect(agenda.meetingDate).toBe('2024-09-17');
    expect(agenda.agenda!.items).toHaveLength(10);
    expect(agenda.agenda!.nextMeeting).toMatchObject({
      date: '2024-10-29',
      time: '10.00 a.m.',
      venue: 'Rotherham Town Hall',
    });
  });

  it('holds the minutes of 2024-07-30 with items 14–22 and four apologies', () => {
    const minutes = onlyPart(document, 'minutes');
    expect(minutes.meetingDate).toBe('2024-07-30');
    expect(itemNumbers(document)).toEqual(range(14, 22));
    expect(minutes.minutes!.apologies).toEqual(['Elliott', 'Hughes', 'Reynolds', 'Ryalls']);
    expect(minutes.minutes!.present.find((attendee) => attendee.chair)?.name).toBe('Pitchley');
  });

  it('holds one report (Ofsted Focused Visit by Monica Green) and a work programme', () => {
    const [report] = partsOfKind(document, 'report');
    expect(partsOfKind(document, 'report')).toHaveLength(1);
    expect(report!.title).toBe("Ofsted Focused Visit to Rotherham's Children's Services");
    expect(report!.report).toMatchObject({ author: 'Monica Green', exempt: false });
    expect(report!.meetingDate).toBe('2024-09-17');
    expect(onlyPart(document, 'work-programme').meetingDate).toBe('2024-09-17');
  });
});

describe('parseDocument on stand-alone minutes', () => {
  it('reads 001 as minutes of 2019-01-15, items 45–53, chaired by Cusworth', () => {
    const document = parseCorpusPaper('001');
    expect(document.parts.map((part) => part.kind)).toEqual(['minutes']);
    expect(document.parts[0]!.meetingDate).toBe('2019-01-15');
    expect(itemNumbers(document)).toEqual(range(45, 53));
    expect(document.parts[0]!.minutes!.present.find((attendee) => attendee.chair)?.name).toBe('Cusworth');
    expect(document.parts[0]!.minutes!.apologies).toEqual(['Beaumont', 'Brookes', 'Pitchley']);
  });

  it('reads the declarations of 001: Jarvis on minute 49, Senior on minute 50', () => {
    const { declarations } = onlyPart(parseCorpusPaper('001'), 'minutes').minutes!;
    expect(declarations.map(({ member, minute }) => ({ member, minute }))).toEqual([
      { member: 'Jarvis', minute: '49' },
      { member: 'Senior', minute: '50' },
    ]);
  });

  it('reads the three resolutions of minute 49 in 001, numbered "(1)" after "Resolved:-"', () => {
    const item = onlyPart(parseCorpusPaper('001'), 'minutes').minutes!.items.find(
      (candidate) => candidate.number === '49',
    )!;
    expect(item.title).toBe('DOMESTIC ABUSE UPDATE');
    expect(item.resolutions.map((resolution) => resolution.text)).toEqual([
      'That the report be noted.',
      'That a further report be submitted in respect of the principles for the Domestic Abuse Service prior to submission to Cabinet.',
      'That a further report be submitted to a sub-group of the Select Commission with regard to the gap in service related to stalking and harassment.',
    ]);
  });

  it('reads 002 as minutes of 2024-10-29 with items 32–40', () => {
    const document = parseCorpusPaper('002');
    expect(document.parts.map((part) => part.kind)).toEqual(['minutes']);
    expect(document.parts[0]!.meetingDate).toBe('2024-10-29');
    expect(itemNumbers(document)).toEqual(range(32, 40));
  });
});
