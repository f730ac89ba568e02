import { describe, expect, it } from 'vitest';
import type { Citation } from '../../core/citation.js';
import type { TypedBody } from '../../search/analyze-question.js';
import type { Answer } from '../answer.js';
import { answerForEachBody, questionForBody } from './several-bodies.js';

const bardfield: TypedBody = { name: 'Little Bardfield Parish Council', typed: ['little', 'bardfield'] };
const saltmarsh: TypedBody = { name: 'Saltmarsh Green Parish Council', typed: ['saltmarsh', 'green'] };

describe('questionForBody', () => {
  it('leaves the other bodies out with the word that joins them, and "each"', () => {
    const question = 'what did Little Bardfield and Saltmarsh Green each pay for mowing?';
    expect(questionForBody(question, [bardfield, saltmarsh], 0)).toBe('what did Little Bardfield pay for mowing?');
    expect(questionForBody(question, [bardfield, saltmarsh], 1)).toBe('what did Saltmarsh Green pay for mowing?');
    expect(questionForBody('did both Little Bardfield or Saltmarsh Green agree?', [bardfield, saltmarsh], 1)).toBe(
      'did Saltmarsh Green agree?',
    );
  });

  it('gives nothing when a body is not typed as its words', () => {
    expect(questionForBody('what did Bardfield pay?', [bardfield, saltmarsh], 1)).toBeUndefined();
  });
});

const cited = (n: number, committee: string): Citation => ({
  n,
  committee,
  meetingDate: '2031-05-04',
  partKind: 'minutes',
  title: 'Payments',
  heading: 'Payments',
  quote: 'Mowing £40',
  source: 'minutes.md',
  start: 0,
  end: 10,
  line: 1,
});
const answered = (text: string, citations: Citation[]): Answer => ({ text, citations, abstained: false, passages: [] });
const abstained: Answer = { text: 'I found nothing.', citations: [], abstained: true, passages: [] };

describe('answerForEachBody', () => {
  it('quotes each body in turn with its citations numbered on', () => {
    const joined = answerForEachBody(
      [bardfield, saltmarsh],
      [
        answered('- Mowing £40 [1]', [cited(1, bardfield.name)]),
        answered('- Mowing £55 [1]', [cited(1, saltmarsh.name)]),
      ],
    );
    expect(joined?.text).toBe('- Mowing £40 [1]\n\n- Mowing £55 [2]');
    expect(joined?.citations.map((citation) => [citation.n, citation.committee])).toEqual([
      [1, bardfield.name],
      [2, saltmarsh.name],
    ]);
  });

  it('says which body the papers hold nothing for, and gives nothing when none is answered', () => {
    const joined = answerForEachBody([bardfield, saltmarsh], [answered('- Mowing £40 [1]', []), abstained]);
    expect(joined?.text).toBe('- Mowing £40 [1]\n\nNothing on that for Saltmarsh Green Parish Council in the papers.');
    expect(answerForEachBody([bardfield, saltmarsh], [abstained, abstained])).toBeUndefined();
  });
});
