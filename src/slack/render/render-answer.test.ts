import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../answer/answer.js';
import type { Citation } from '../../core/citation.js';
import { abstentionText, renderAnswer } from './render-answer.js';

const citation: Citation = {
  n: 1,
  committee: 'Improving Lives Select Commission',
  meetingDate: '2019-01-15',
  partKind: 'minutes',
  minute: '49',
  title: 'Domestic Abuse Update',
  heading: '',
  quote: 'That the report be noted.',
  source: 'a.txt',
  start: 0,
  end: 10,
  line: 1,
};
const answer: Answer = { text: 'The report was **noted** [1].', citations: [citation], abstained: false, passages: [] };

type LooseBlock = types.KnownBlock & {
  text?: { text: string };
  elements?: Array<{ text?: string; action_id?: string; value?: string }>;
};

describe('renderAnswer', () => {
  it('renders text, numbered sources and the quote and feedback buttons, with fallback text', () => {
    const [message, ...rest] = renderAnswer(answer, 'answer-1');
    expect(rest).toHaveLength(0);
    const blocks = message?.blocks as LooseBlock[];
    expect(blocks.map((block) => block.type)).toEqual(['section', 'divider', 'context', 'context', 'actions']);
    expect(blocks[0]?.text?.text).toBe('The report was *noted* [1].');
    expect(blocks[3]?.elements?.[0]?.text).toBe(
      '[1] Improving Lives Select Commission · 15 Jan 2019 · Minute 49 — Domestic Abuse Update',
    );
    expect(blocks[4]?.elements?.map((element) => [element.action_id, element.value])).toEqual([
      ['show_quotes', 'answer-1'],
      ['feedback_up', 'answer-1'],
      ['feedback_down', 'answer-1'],
    ]);
    expect(message?.text).toContain('The report was *noted* [1].');
    expect(message?.text).toContain('Minute 49');
  });

  it('abstains plainly, suggesting a narrower or reworded question', () => {
    const [message] = renderAnswer({ text: 'whatever', citations: [], abstained: true, passages: [] }, 'answer-2');
    expect(message?.text).toBe(abstentionText);
    expect(message?.text).toMatch(/nothing on that in the papers.*narrowing.*differently/);
    expect(JSON.stringify(message?.blocks)).not.toContain('show_quotes');
    expect(JSON.stringify(message?.blocks)).toContain('feedback_down');
  });

  it('splits a long answer within Slack limits, keeping each citation whole and the buttons last', () => {
    const citations = Array.from({ length: 70 }, (_, index) => ({ ...citation, n: index + 1 }));
    const text = `${'A sentence about the report [1]. '.repeat(150)}\n\n`.repeat(12);
    const messages = renderAnswer({ text, citations, abstained: false, passages: [] }, 'answer-3');
    expect(messages.length).toBeGreaterThan(1);
    const lines: string[] = [];
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(message.text.length).toBeGreaterThan(0);
      expect(message.text.length).toBeLessThanOrEqual(40_000);
      for (const block of message.blocks as LooseBlock[]) {
        if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(3000);
        const line = block.type === 'context' ? block.elements?.[0]?.text : undefined;
        if (line?.startsWith('[')) lines.push(line);
      }
    }
    expect(lines).toEqual(
      citations.map(
        (item) => `[${item.n}] Improving Lives Select Commission · 15 Jan 2019 · Minute 49 — Domestic Abuse Update`,
      ),
    );
    expect(messages.slice(0, -1).some((message) => JSON.stringify(message.blocks).includes('feedback_up'))).toBe(false);
    expect(JSON.stringify(messages.at(-1)?.blocks)).toContain('feedback_up');
  });
});
