import { describe, expect, it } from 'vitest';
import { onePassage } from '../../../test/support/one-passage.js';
import type { Chunk } from '../../core/chunk.js';
import { withAskedField } from './record-asked-field.js';

const text = [
  'Ref: KD/41/021',
  'Decision: Lease of the Ambergate kiosk',
  'Decision maker: Cabinet Member for Assets',
  'Expected date of decision: Deferred – now 3 May 2041 pending a structural survey',
  'Private: Part exempt under paragraph 3',
  '',
  'Ref: KD/41/022',
  'Decision: Closure of Pell Street public toilets',
  'Expected date of decision: 9 June 2041',
].join('\n');
const { candidates, line } = onePassage(text);
const quoted = (question: string) =>
  withAskedField({ segments: [line('Decision: Lease of the Ambergate kiosk')], candidates }, question).segments.map(
    (segment) => segment.text,
  );

describe('withAskedField', () => {
  it("adds the field of the same record that a question's kind asks for, not another record's", () => {
    expect(quoted('when will the Ambergate kiosk lease be settled?')).toEqual([
      'Decision: Lease of the Ambergate kiosk',
      'Expected date of decision: Deferred – now 3 May 2041 pending a structural survey',
    ]);
    expect(quoted('who takes the call on the Ambergate kiosk lease?')).toEqual([
      'Decision: Lease of the Ambergate kiosk',
      'Decision maker: Cabinet Member for Assets',
    ]);
  });

  it('adds a field the question names by its label, or that gives the reason asked for', () => {
    expect(quoted('is the Ambergate kiosk lease private?')).toContain('Private: Part exempt under paragraph 3');
    expect(quoted('why was the Ambergate kiosk lease put off?')).toContain(
      'Expected date of decision: Deferred – now 3 May 2041 pending a structural survey',
    );
  });

  it('adds no field whose label only repeats a word the chosen line holds', () => {
    const sheet = 'REPORT TO: Cabinet\nREPORT OF: Director of Place, Ada Lowe\nPORTFOLIO: Transport';
    const chosenLine = { start: 19, end: 57, text: sheet.slice(19, 57), passageIndex: 0, score: 1, signal: 0 };
    const own = [{ passage: { chunk: { id: 'c3', text: sheet } as unknown as Chunk, score: 1 }, coverage: 1 }];
    expect(chosenLine.text).toBe('REPORT OF: Director of Place, Ada Lowe');
    expect(
      withAskedField({ segments: [chosenLine], candidates: own }, 'who wrote the report for cabinet?').segments,
    ).toHaveLength(1);
    // Held by another line chosen from the same record.
    const portfolio = { start: 58, end: sheet.length, text: sheet.slice(58), passageIndex: 0, score: 1, signal: 0 };
    expect(portfolio.text).toBe('PORTFOLIO: Transport');
    const both = { segments: [chosenLine, portfolio], candidates: own };
    expect(withAskedField(both, 'who wrote the report for cabinet?').segments).toHaveLength(2);
  });

  it('adds nothing to a line outside a record of fields', () => {
    const prose = 'The kiosk lease was discussed.\nMembers noted it.';
    const lone = { start: 0, end: 30, text: 'The kiosk lease was discussed.', passageIndex: 0, score: 1, signal: 0 };
    const other = [{ passage: { chunk: { id: 'c2', text: prose } as unknown as Chunk, score: 1 }, coverage: 1 }];
    expect(
      withAskedField({ segments: [lone], candidates: other }, 'when was the kiosk lease discussed?').segments,
    ).toHaveLength(1);
  });
});
