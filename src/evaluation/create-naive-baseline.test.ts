import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { LocalHashEmbeddings } from '../embeddings/local-hash-embeddings.js';
import { createNaiveBaseline } from './create-naive-baseline.js';

describe('createNaiveBaseline', () => {
  it('answers with the first sentences of the top passages, each cited verbatim', async () => {
    const source = 'corpus/001_10f830cb2e8bf681.txt';
    const text = await readFile(new URL(`../../${source}`, import.meta.url), 'utf8');
    const answerQuestion = await createNaiveBaseline([{ source, text }], new LocalHashEmbeddings());
    const answer = await answerQuestion({ question: 'What was said about the regional adoption agency?' });
    expect(answer.abstained).toBe(false);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.passages.length).toBeGreaterThanOrEqual(answer.citations.length);
    answer.citations.forEach((citation, index) => {
      expect(citation.n).toBe(index + 1);
      expect(answer.text).toContain(`[${citation.n}]`);
      expect(text.slice(citation.start, citation.end)).toBe(citation.quote);
      expect(text.split('\n')[citation.line - 1]).toContain(citation.quote.split('\n')[0]);
      // Naive on purpose: every passage carries the first date in its file.
      expect(citation.meetingDate).toBe('2019-01-15');
    });
  });
});
