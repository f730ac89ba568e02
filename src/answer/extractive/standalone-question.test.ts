import { describe, expect, it } from 'vitest';
import { standaloneQuestion } from './standalone-question.js';

const history = [
  { role: 'user' as const, text: 'Tell me about the regional adoption agency' },
  { role: 'assistant' as const, text: 'The agency was discussed on 15 January 2019 [1].' },
];

describe('standaloneQuestion', () => {
  it('leaves a question alone without history', () => {
    expect(standaloneQuestion('What was resolved on it?')).toBe('What was resolved on it?');
  });

  it('borrows the topic of the last user turn for a follow-up that points back', () => {
    expect(standaloneQuestion('What was resolved on it?', history)).toBe(
      'What was resolved on it? (Tell me about the regional adoption agency)',
    );
  });

  it('borrows the topic when the follow-up names too little of its own', () => {
    expect(standaloneQuestion('And the decision?', history)).toContain('regional adoption agency');
  });

  it('keeps a follow-up that names its own topic', () => {
    const question = 'How many foster carers were recruited during 2023?';
    expect(standaloneQuestion(question, history)).toBe(question);
  });
});
