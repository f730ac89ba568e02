import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { parseDocument } from './parse-document.js';

const parse = (text: string): ParsedDocument => parseDocument({ source: 'made-up.md', text, sha256: 'f'.repeat(64) });

function expectOnlyUndatedOther(document: ParsedDocument): void {
  expect(document.parts.length).toBeGreaterThan(0);
  for (const part of document.parts) {
    expect(part.kind).toBe('other');
    expect(part.meetingDate).toBeNull();
    expect(part.sections.length).toBeGreaterThan(0);
  }
}

describe('parseDocument on layouts it does not know', () => {
  it('returns no parts for an empty or blank paper', () => {
    expect(parse('').parts).toEqual([]);
    expect(parse('\n\n   \n').parts).toEqual([]);
  });

  it('turns random text into undated plain sections, never guessing a date from it', () => {
    const text = 'lorem ipsum 12 dolor 2019/20 sit amet\nconsectetur 3-4 adipiscing\n\n'.repeat(30);
    expectOnlyUndatedOther(parse(text));
  });

  it('does not date an unstructured note from a date mentioned in passing', () => {
    const text =
      'Briefing note\n\nThe survey closed on 12 March 2024 and the results were shared with partners in April.\n';
    const document = parse(text);
    expectOnlyUndatedOther(document);
    expect(document.parts[0]!.committee).toBe('Unknown committee');
  });

  it('dates captions that name no speaker by the body and date the chair opens the meeting with', () => {
    const captions = [
      "good evening and welcome to this meeting of tarrock town council's open spaces committee it's tuesday the 14th of april 2037",
      'first item is the pond at quarry green the survey says the liner has split',
      'i propose we ask for two quotes seconded all in favour that is carried',
    ].join('\n');
    expect(parse(captions).parts[0]).toMatchObject({
      kind: 'other',
      committee: 'Open Spaces Committee',
      title: 'Transcript',
      authority: 'Tarrock Town Council',
      meetingDate: '2037-04-14',
    });
  });

  it('dates a notice by the publication date at its head, not by the dates its records name', () => {
    const notice = [
      'NOTICE OF KEY DECISIONS',
      '',
      'Published: 3 November 2036',
      '',
      'Decision: Sale of the Orme Street garages',
      'Expected date of decision: 8 January 2037',
    ].join('\n');
    expect(parse(notice).parts[0]).toMatchObject({ kind: 'other', meetingDate: '2036-11-03' });
  });

  it("titles a paper by the line under the council's name and its meeting, not by the council", () => {
    const paper = [
      'FALWICK DISTRICT COUNCIL',
      '',
      'COUNCIL – 14 OCTOBER 2036',
      '',
      'ITEM 7: QUESTIONS FROM MEMBERS',
      '',
      'Question 1 from Councillor Ebbs to the Leader about the market hall roof, and the written reply given.',
    ].join('\n');
    expect(parse(paper).parts[0]!.title).toBe('ITEM 7: QUESTIONS FROM MEMBERS');
  });

  it('keeps a paper that is only a table as one undated part covering it', () => {
    const text = 'Ward\tReferrals\tOutcome\nNorth\t45\tOpen\nSouth\t38\tClosed\n'.repeat(4);
    const document = parse(text);
    expectOnlyUndatedOther(document);
    expect(text.slice(document.parts[0]!.start, document.parts[0]!.end)).toBe(text.trim());
  });

  it('leaves minutes whose header has no date undated, even when an item mentions one', () => {
    const text = [
      'IMPROVING LIVES SELECT COMMISSION',
      '',
      'Present:- Councillor Ashworth (in the Chair); Councillors Bellamy and Hirst.',
      '',
      '1. MINUTES OF THE PREVIOUS MEETING HELD ON 12 SEPTEMBER 2023',
      '',
      'Resolved:- That the minutes be approved.',
      '',
      '2. BUDGET UPDATE',
      '',
      'The budget for 2024/25 was discussed.',
      '',
      'Resolved:- That the report be noted.',
    ].join('\n');
    const [part, ...rest] = parse(text).parts;
    expect(rest).toEqual([]);
    expect(part).toMatchObject({ kind: 'minutes', meetingDate: null, committee: 'Improving Lives Select Commission' });
    expect(part!.minutes!.items.map((item) => item.number)).toEqual(['1', '2']);
    expect(part!.minutes!.present[0]).toEqual({ name: 'Ashworth', chair: true });
  });

  it('reads a planning committee in another layout without crashing or misdating it', () => {
    const text = [
      'Minutes of the Planning Committee held on Monday 3 March 2025 at 6.30pm in the Council Chamber',
      '',
      'PRESENT: Councillor A. Khan (Chair), Councillors B. Lee, C. Moss and D. Patel.',
      '',
      'Item 4 – Land at Mill Lane, erection of 12 dwellings, application 2024/0193',
      '',
      'The officer introduced the application. The previous refusal of 14 June 2023 was noted.',
      '',
      'DECISION: Approved subject to conditions.',
      '',
      'Item 5 – Tree Preservation Order 12/2024',
      '',
      'RESOLVED that the order be confirmed.',
    ].join('\n');
    const document = parse(text);
    expect(document.parts.length).toBeGreaterThan(0);
    for (const part of document.parts) expect([null, '2025-03-03']).toContain(part.meetingDate);
    const covered = document.parts.map((part) => text.slice(part.start, part.end)).join('\n');
    expect(covered).toContain('RESOLVED that the order be confirmed.');
  });

  it('does not mistake numbered report paragraphs for minute items', () => {
    const text = [
      'IMPROVING LIVES SELECT COMMISSION',
      'Tuesday 5 March 2024',
      '',
      'Present:- Councillor Okafor (in the Chair); Councillor Hirst.',
      '',
      '7. EARLY HELP UPDATE',
      '',
      '1. Background to the service was given.',
      '2. Members asked about waiting times.',
      '',
      '8. URGENT BUSINESS',
      '',
      'There was no urgent business.',
    ].join('\n');
    const [part] = parse(text).parts;
    expect(part!.meetingDate).toBe('2024-03-05');
    expect(part!.minutes!.items.map((item) => `${item.number} ${item.title}`)).toEqual([
      '7 EARLY HELP UPDATE',
      '8 URGENT BUSINESS',
    ]);
  });

  it('survives pathological input without throwing', () => {
    const inputs = [
      '\u0000\u0001\u0002',
      '#'.repeat(10_000),
      '1. '.repeat(5_000),
      'Present:-\nApologies:-\nResolved:-\n',
      'IMPROVING LIVES SELECT COMMISSION\nPresent:-\n99999. A\n',
      'Committee Name and Date of Committee Meeting\n',
      'Date and Time:- 31 February 2024\nnext meeting will be held on 30 February 2024',
    ];
    for (const input of inputs) expect(() => parse(input)).not.toThrow();
    expect(
      parse('IMPROVING LIVES SELECT COMMISSION\n\nDate and Time:- 31 February 2024\n\nAGENDA\n\n1. Apologies').parts[0]!
        .meetingDate,
    ).toBeNull();
  });
});
