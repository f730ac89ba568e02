import { describe, expect, it } from 'vitest';
import { readableSegment, splitSegments } from './sentences.js';

describe('splitSegments', () => {
  it('gives list items and lines with offsets that slice back to their text', () => {
    const text = '**Resolved: - That**\n\n- 1) The report be noted.\n- 2) A briefing be circulated.';
    const segments = splitSegments(text);
    expect(segments.map((segment) => segment.text)).toEqual([
      '**Resolved: - That**',
      '- 1) The report be noted.',
      '- 2) A briefing be circulated.',
    ]);
    for (const segment of segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
  });

  it('keeps the items of a list a text layer bullets "o" apart, and reads them without the bullet', () => {
    const text = 'Rises were noted in:\no Pellham Quay, 40%\no Saltmere, 18 %\n◦ Drayburgh 12%';
    const segments = splitSegments(text);
    expect(segments.map((segment) => readableSegment(segment.text))).toEqual([
      'Rises were noted in:',
      'Pellham Quay, 40%',
      'Saltmere, 18 %',
      'Drayburgh 12%',
    ]);
  });

  it('re-joins a sentence the PDF converter broke across lines', () => {
    const text =
      '- Safeguarding teams from Adults and Children’s Services combined,\n\ndelivered twenty-seven sessions.';
    const [segment] = splitSegments(text);
    expect(segment?.text).toBe(text);
  });

  it('keeps each of a resolution\'s recitals apart, though each ends on "; and" at the page\'s width', () => {
    const first =
      'WHEREAS, the Fenwick Street business district has 214 on-street parking spaces, which a survey found occupied 96 percent of the time; and';
    const second = 'WHEREAS, the revenue from parking meters may be used only for transportation purposes;';
    expect(splitSegments(`${first}\n\n${second}`).map((segment) => segment.text)).toEqual([first, second]);
  });

  it('cuts a long paragraph into sentences, trimmed and verbatim', () => {
    const sentence =
      'The service approved nineteen new fostering households during the year against a target of twenty-four. ';
    const text = `  ${sentence.repeat(4)}`;
    const segments = splitSegments(text);
    expect(segments).toHaveLength(4);
    for (const segment of segments) {
      expect(segment.text).toBe(sentence.trim());
      expect(text.slice(segment.start, segment.end)).toBe(segment.text);
    }
  });

  it('does not cut at a decimal point or an abbreviation followed by lower case', () => {
    const text = `${'Performance was 23.3% against 25.1% last year, e.g. a small fall in placements with local carers. '.repeat(4)}`;
    expect(splitSegments(text).every((segment) => segment.text.startsWith('Performance'))).toBe(true);
  });
});

describe('splitSegments on a printed page', () => {
  it('joins a full-width line that ends mid-sentence to the next, across a blank line', () => {
    const text = [
      'After a short discussion members agreed that the litter survey would start on Monday, 4th March at',
      '',
      '10:30 a.m. from the village green.',
      '',
      'It was agreed that the parish clerk would write to the owners of the site by the close of the month,',
      '',
      'Quarry Lane, before the next meeting.',
    ].join('\n');
    expect(splitSegments(text).map((segment) => segment.text)).toEqual([
      'After a short discussion members agreed that the litter survey would start on Monday, 4th March at\n\n10:30 a.m. from the village green.',
      'It was agreed that the parish clerk would write to the owners of the site by the close of the month,\n\nQuarry Lane, before the next meeting.',
    ]);
  });

  it('joins a full-width line of prose that ends on a noun to the capitalised rest of its sentence', () => {
    const text = [
      'After a long debate the board voted by nine to two to adopt the Revised Coastal',
      '',
      'Erosion Strategy at its spring meeting, subject to a public consultation.',
      'Hendrik Vermeulen, Director of Coastal Works and Harbour Engineering Services',
      'Priya Raghunathan, Principal Engineer',
    ].join('\n');
    expect(splitSegments(text).map((segment) => segment.text)).toEqual([
      'After a long debate the board voted by nine to two to adopt the Revised Coastal\n\nErosion Strategy at its spring meeting, subject to a public consultation.',
      'Hendrik Vermeulen, Director of Coastal Works and Harbour Engineering Services',
      'Priya Raghunathan, Principal Engineer',
    ]);
  });

  it('joins two full-width lines of prose heavy with titles and dates, the first ending on a word', () => {
    const text = [
      'Circulated report of the Director, Parks and Leisure, Finance and Estates, dated 12th',
      '',
      'March, 2025, enclosing the Head of Parks’ Report dated 3rd March, 2025, on the new',
      '',
      'Riverside Playground.',
      '',
      'Report of the Director, Parks and Leisure, Finance and Estates Department, Kilbarra',
      'Appendix A',
    ].join('\n');
    expect(splitSegments(text).map((segment) => segment.text.replace(/\n+/g, ' '))).toEqual([
      'Circulated report of the Director, Parks and Leisure, Finance and Estates, dated 12th March, 2025, enclosing the Head of Parks’ Report dated 3rd March, 2025, on the new Riverside Playground.',
      'Report of the Director, Parks and Leisure, Finance and Estates Department, Kilbarra',
      'Appendix A',
    ]);
  });

  it('joins a heading in capitals broken into short lines at a joining word or a day', () => {
    const text = [
      'MINUTES OF PROCEEDINGS AT MEETING OF',
      '',
      'HARBOUR DISTRICT OF KILBARRA HELD ON',
      '',
      'TUESDAY, 7',
      '',
      'TH OCTOBER, 2025, AT 10.00 A.M.',
      '',
      'PRESENT IN THE CHAIR:',
      '',
      'MEMBERS PRESENT',
    ].join('\n');
    expect(splitSegments(text).map((segment) => segment.text.replace(/\n+/g, ' '))).toEqual([
      'MINUTES OF PROCEEDINGS AT MEETING OF HARBOUR DISTRICT OF KILBARRA HELD ON TUESDAY, 7 TH OCTOBER, 2025, AT 10.00 A.M.',
      'PRESENT IN THE CHAIR:',
      'MEMBERS PRESENT',
    ]);
  });

  it('starts a new piece at each lettered label of a list, though the item before has no stop', () => {
    const text = [
      'The board agreed to:',
      '(a) Set the new mooring charges for visiting yachts',
      '(b) Ask the harbour master to review them after one season; and',
      '(c) Report back to the board in the autumn.',
    ].join('\n');
    expect(splitSegments(text).map((segment) => segment.text)).toEqual([
      'The board agreed to:',
      '(a) Set the new mooring charges for visiting yachts',
      '(b) Ask the harbour master to review them after one season; and',
      '(c) Report back to the board in the autumn.',
    ]);
  });

  it('does not end a sentence at a title before a name', () => {
    const text = `On the proposal of Cllr. Nakamura, seconded by Mr. Delacroix, the committee agreed to extend the opening hours of the riverside library branch until eight o'clock on weekday evenings, to add a reading room for local history groups and to review the change after a trial of six months. The clerk will report back in the spring.`;
    expect(splitSegments(text).map((segment) => segment.text)).toEqual([
      `On the proposal of Cllr. Nakamura, seconded by Mr. Delacroix, the committee agreed to extend the opening hours of the riverside library branch until eight o'clock on weekday evenings, to add a reading room for local history groups and to review the change after a trial of six months.`,
      'The clerk will report back in the spring.',
    ]);
  });

  it('keeps apart a short line, a full-width name line and a numbered item that follow a line without a stop', () => {
    const text = [
      'Contact officers',
      'Amara Osei-Bonsu, Head of Waste Services and Street Scene Operations Department',
      'Tomasz Wiśniewski, Waste Contracts Manager',
      'The following recommendations were made to the committee of the council for the',
      '2. Approve the revised collection calendar',
    ].join('\n');
    expect(splitSegments(text)).toHaveLength(5);
  });
});

describe('readableSegment', () => {
  it('drops emphasis, tags and bullets, and keeps superscript ordinals readable', () => {
    expect(readableSegment('- **Held on** 19<sup>th</sup> September <br>at the Town Hall')).toBe(
      'Held on 19th September at the Town Hall',
    );
    expect(readableSegment('03-Dec-24\tAbsences from education')).toBe('03-Dec-24 · Absences from education');
    expect(readableSegment('\\* The hedge by the pond is to be cut back in 2\\.5 weeks')).toBe(
      'The hedge by the pond is to be cut back in 2.5 weeks',
    );
  });
});
