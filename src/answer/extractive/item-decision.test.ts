import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { decidesMatter, isBareNote, withItemDecision } from './item-decision.js';

describe('isBareNote', () => {
  it('sees a note taken of a paper, alone or in a resolution list', () => {
    expect(isBareNote('RESOLVED that the report be noted.')).toBe(true);
    expect(isBareNote('(1) the update be received and noted; and')).toBe(true);
    expect(isBareNote('Members noted the presentation.')).toBe(true);
  });

  it('does not take a note with a decision in it for a bare one', () => {
    expect(isBareNote('RESOLVED that the report be noted and the Director report back in March.')).toBe(false);
    expect(isBareNote('Members noted that the bridge would close for six weeks.')).toBe(false);
  });
});

describe('decidesMatter', () => {
  it('sees a decision on the matter in resolutions, lists and prose', () => {
    expect(decidesMatter('RESOLVED that the application be REFUSED.')).toBe(true);
    expect(decidesMatter('(b) the revised fees be approved from 1 April.')).toBe(true);
    expect(decidesMatter('Consideration of the item was deferred to the next meeting.')).toBe(true);
  });

  it('does not take a proposal, a heading or a note for a decision', () => {
    expect(decidesMatter('The report proposed closing the depot at Harnby Cross.')).toBe(false);
    expect(decidesMatter('RESOLVED that:')).toBe(false);
    expect(decidesMatter('RESOLVED that the report be noted.')).toBe(false);
  });
});

describe('withItemDecision', () => {
  it('does not take another matter’s outcome in an item of many matters for the one asked about', async () => {
    const gifts =
      'The Leader confirmed that the gifts from his visit to Velmora had been declared with the Monitoring Officer.';
    const text = `${gifts}\nNew quiet zones were due to launch in parks, and the scheme was due to be implemented in Harnby libraries.`;
    const chunk = {
      id: 'c1',
      text,
      source: 'cabinet.pdf',
      partIndex: 0,
      minute: '12',
      ordinal: 3,
      start: 0,
    } as unknown as Chunk;
    const chosen = {
      segments: [{ start: 0, end: gifts.length, text: gifts, passageIndex: 0, score: 1, signal: 0 }],
      candidates: [{ passage: { chunk, score: 1 }, coverage: 1 }],
    };
    const result = await withItemDecision(chosen, 'what happened with the gifts from velmora?', async () => undefined);
    expect(result.segments.map((segment) => segment.text)).toEqual([gifts]);
    // Asked about the scheme, its outcome is the answer.
    const scheme = await withItemDecision(
      { ...chosen, segments: [{ ...chosen.segments[0]!, text: 'New quiet zones were due to launch in parks.' }] },
      'what happened with the quiet zones scheme?',
      async () => undefined,
    );
    expect(scheme.segments.map((segment) => segment.text)).toEqual([
      'New quiet zones were due to launch in parks, and the scheme was due to be implemented in Harnby libraries.',
    ]);
  });
});
