import type { Retriever } from '../../src/search/create-retriever.js';
import type { SearchFilters } from '../../src/store/index-store.js';
import { type LatencySummary, summarizeLatencies } from './summarize-latencies.js';

/** Retrieves for each question in turn, as one asker would, and summarises the latencies. */
export async function timeRetrieval(
  retriever: Retriever,
  questions: string[],
  filters: SearchFilters | undefined,
  limit: number,
): Promise<LatencySummary & { meanPassages: number }> {
  const latencies: number[] = [];
  let passages = 0;
  for (const question of questions) {
    const started = performance.now();
    const found = await retriever.retrieve({ question, filters, limit });
    latencies.push(performance.now() - started);
    passages += found.length;
  }
  return { ...summarizeLatencies(latencies), meanPassages: questions.length ? passages / questions.length : 0 };
}
