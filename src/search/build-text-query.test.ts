import { describe, expect, it } from 'vitest';
import { buildTextQuery } from './build-text-query.js';

describe('buildTextQuery', () => {
  it('ORs the words, adjacent pairs as phrases, and expansions', () => {
    expect(buildTextQuery(['foster', 'carer', 'recruitment'], ['fostering'])).toBe(
      '"foster" OR "carer" OR "recruitment" OR "foster carer" OR "carer recruitment" OR "fostering"',
    );
  });

  it('strips double quotes so a question cannot break the FTS5 syntax', () => {
    expect(buildTextQuery(['say"', 'hello'], [])).toBe('"say" OR "hello" OR "say hello"');
  });

  it('gives an empty query for no words', () => {
    expect(buildTextQuery([], [])).toBe('');
  });
});
