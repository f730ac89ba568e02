import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { parseDocument } from './parse-document.js';

const parse = (text: string): ParsedDocument => parseDocument({ source: 'made-up.md', text, sha256: 'e'.repeat(64) });

describe('heads that name the meeting in one line', () => {
  it('dates a notice opening "<council>, <body>, meeting of <date>." with no headings of its own', () => {
    const [part] = parse(
      [
        'Hollinsey Town Council, Amenities Committee, meeting of 11 October 2033.',
        '',
        'The committee agreed to replace the 14 benches on Saltmarsh Walk with recycled plastic ones.',
        '',
        'The benches will cost £9,800, met from the open spaces reserve.',
      ].join('\n'),
    ).parts;
    expect(part).toMatchObject({ committee: 'Amenities Committee', meetingDate: '2033-10-11' });
  });

  it('takes no date from a sentence that mentions a meeting', () => {
    const [part] = parse(
      [
        'The amenities committee, at its meeting of 11 October 2033, asked for benches to be replaced.',
        '',
        'Officers have since obtained three quotes for the work on Saltmarsh Walk.',
      ].join('\n'),
    ).parts;
    expect(part?.meetingDate ?? null).toBeNull();
  });

  it('dates "Minutes of the Cabinet" by the running header over it, and reads "CAB 12" minute numbers', () => {
    const document = parse(
      [
        'Cabinet – 2 November 2033',
        '',
        'HOLLINSEY DISTRICT COUNCIL',
        'Minutes of the Cabinet',
        '',
        'Present: Councillor Wilhelmina Frost (Leader, in the Chair).',
        '',
        'CAB 12 Apologies',
        '',
        'There were no apologies.',
        '',
        'CAB 13 Saltmarsh Walk Benches',
        '',
        'RESOLVED – That 14 benches be replaced at a cost of £9,800.',
      ].join('\n'),
    );
    const minutes = document.parts.find((part) => part.kind === 'minutes')!;
    expect(minutes).toMatchObject({ committee: 'Cabinet', meetingDate: '2033-11-02' });
    expect(minutes.minutes!.items.map((item) => item.number)).toEqual(['CAB 12', 'CAB 13']);
  });

  it('takes no date for "Minutes of the Cabinet" from a header naming another body', () => {
    const document = parse(
      [
        'Planning Committee – 2 November 2033',
        '',
        'Minutes of the Cabinet',
        '',
        'Present: Councillor Wilhelmina Frost (Leader, in the Chair).',
        '',
        '1. Saltmarsh Walk Benches',
        '',
        'RESOLVED – That 14 benches be replaced at a cost of £9,800.',
      ].join('\n'),
    );
    expect(document.parts.some((part) => part.committee === 'Cabinet' && part.meetingDate === '2033-11-02')).toBe(
      false,
    );
  });
});
