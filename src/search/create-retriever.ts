import type { Embeddings } from '@langchain/core/embeddings';
import type { RetrievedPassage, RetrievePassages } from '../answer/answer.js';
import type { Chunk } from '../papers/chunk.js';
import type { IndexStore } from '../store/index-store.js';
import { analyzeQuestion, type QuestionAnalysis } from './analyze-question.js';
import { buildTextQuery } from './build-text-query.js';
import { expandVocabulary, type GlossaryEntry } from './expand-vocabulary.js';
import type { DateRange } from './find-date-range.js';
import { type FusionOptions, fuseRankings } from './fuse-rankings.js';

export interface RetrieverOptions {
  store: IndexStore;
  embeddings: Embeddings;
  glossary?: GlossaryEntry[];
  fusion?: FusionOptions;
  /** Candidates taken from each ranking before fusion. */
  candidates?: number;
  now?: () => Date;
}

export interface Retriever {
  retrieve: RetrievePassages;
  analyze(question: string): QuestionAnalysis;
  documentFrequency(stem: string): number;
  /** Inverse document frequency; a term the index has never seen weighs the most. */
  inverseDocumentFrequency(stem: string): number;
}

const defaultFusion: FusionOptions = { method: 'weighted', vectorWeight: 0.3 };

export function createRetriever(options: RetrieverOptions): Retriever {
  const { store, embeddings } = options;
  const fusion = options.fusion ?? defaultFusion;
  const candidates = options.candidates ?? 40;
  const now = options.now ?? (() => new Date());
  const glossary = options.glossary ?? [];
  const frequencies = new Map<string, number>();

  function documentFrequency(stem: string): number {
    if (!frequencies.has(stem)) frequencies.set(stem, store.documentFrequencies([stem]).get(stem) ?? 0);
    return frequencies.get(stem)!;
  }

  function analyze(question: string): QuestionAnalysis {
    return analyzeQuestion(question, now());
  }

  async function retrieve({ question, filters, limit = 8 }: Parameters<RetrievePassages>[0]): Promise<RetrievedPassage[]> {
    const analysis = analyze(question);
    const expansions = expandVocabulary(question, glossary, documentFrequency);
    const textQuery = buildTextQuery(analysis.words, expansions);
    const textHits = textQuery ? store.searchText(textQuery, candidates, filters) : [];
    const vectorHits = store.searchVector(await embeddings.embedQuery([question, ...expansions].join(' ')), candidates, filters);
    const fused = [...fuseRankings(textHits, vectorHits, fusion).values()];
    const latest = analysis.dateRange?.latest ? latestMeeting(fused.map((hit) => hit.chunk)) : undefined;
    return fused
      .map((hit) => ({ chunk: hit.chunk, score: hit.score * boost(hit.chunk, analysis, latest) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  function inverseDocumentFrequency(stem: string): number {
    const total = Math.max(store.chunkCount(), 1);
    return Math.log(1 + total / (documentFrequency(stem) + 0.5));
  }

  return { retrieve, analyze, documentFrequency, inverseDocumentFrequency };
}

/** Intent and time steer the ranking; they never exclude, so a misread question still finds its passage. */
function boost(chunk: Chunk, analysis: QuestionAnalysis, latest: string | undefined): number {
  let factor = 1;
  switch (analysis.intent) {
    case 'resolution':
      if (chunk.section === 'Resolved') factor *= 1.4;
      break;
    case 'attendance':
      if (chunk.section === 'Attendance') factor *= 1.6;
      break;
    case 'declarations':
      if (/declarations? of interest/i.test(chunk.minuteTitle ?? '')) factor *= 1.6;
      break;
    case 'next-meeting':
      if (chunk.kind === 'agenda') factor *= 1.3;
      break;
  }
  if (inRange(chunk.meetingDate, analysis.dateRange, latest)) factor *= 1.35;
  return factor;
}

function inRange(date: string | null, range: DateRange | undefined, latest: string | undefined): boolean {
  if (!date || !range) return false;
  if (range.latest) return date === latest;
  return (!range.since || date >= range.since) && (!range.until || date <= range.until);
}

function latestMeeting(chunks: Chunk[]): string | undefined {
  return chunks
    .map((chunk) => chunk.meetingDate)
    .filter((date): date is string => date !== null)
    .sort()
    .at(-1);
}
