import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import type { Chunk } from '../../core/chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { fromNamedBody } from './named-body.js';

const committees = ['Cabinet', 'Borough Council', 'Planning Committee', 'Elmbridge Green Parish Council'];

function chunkOf(committee: string): Chunk {
  return testChunk({ id: committee, committee });
}

const chunks = committees.map(chunkOf);
const passing = (question: string, among: Chunk[] = chunks, indexed: string[] = committees) =>
  among
    .filter(fromNamedBody(analyzeQuestion(question, { now: new Date('2025-06-01'), committees: indexed }), among))
    .map((chunk) => chunk.committee);

describe('fromNamedBody', () => {
  it('keeps the committee the question names', () => {
    expect(passing('What did the planning committee decide on the depot?')).toEqual(['Planning Committee']);
  });

  it('does not read a council typed as where a matter went as the body asked about', () => {
    expect(passing('who seconded sending the depot lease to full council?', chunks, [])).toEqual(committees);
  });

  it('reads "full council" as the council sitting as a whole, not its cabinet or committees', () => {
    expect(passing('Who chaired the full council on 5 March?')).toEqual(['Borough Council']);
    // Without the list of indexed bodies to pick the council from, any body of a whole council passes.
    expect(passing('Who chaired the full council on 5 March?', chunks, [])).toEqual([
      'Borough Council',
      'Elmbridge Green Parish Council',
    ]);
    expect(passing('Did anyone declare an interest at the extraordinary council meeting?')).toContain(
      'Borough Council',
    );
  });

  it('keeps every passage when the question names no body, or none of its papers is at hand', () => {
    expect(passing('What was said about the depot?')).toEqual(committees);
    expect(passing('Who chaired the full council on 5 March?', [chunkOf('Cabinet')])).toEqual(['Cabinet']);
  });
});
