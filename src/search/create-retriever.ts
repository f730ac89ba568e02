import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { LRUCache } from 'lru-cache';
import { authorityOf, isOfBody, isOfOtherAuthority, placeWords } from '../core/authority-names.js';
import { type Chunk, chunkId } from '../core/chunk.js';
import { spellOutMonths, toIso } from '../core/dates.js';
import { stem, words } from '../core/tokenize.js';
import type { IndexStore, SearchFilters } from '../store/index-store.js';
import { analyzeQuestion, type QuestionAnalysis } from './analyze-question.js';
import { buildSearchPhrases, intentPhrases } from './build-search-phrases.js';
import { carryToNeighbours } from './carry-to-neighbours.js';
import { asksForChair, withChairLineSiblings } from './chair-line-siblings.js';
import { dropCopies } from './drop-copies.js';
import { type Expansion, expandVocabulary, synonymPhrasesUsed } from './expand-vocabulary.js';
import { dayRange, findYearlessDay } from './find-date-range.js';
import { type FusionOptions, fuseRankings } from './fuse-rankings.js';
import { rankingBoost } from './ranking-boost.js';
import type { RetrievedPassage, RetrievePassages } from './retrieval.js';
import { sittingAgreementBoost } from './sitting-agreement-boost.js';
import { type PassageStems, passageStems, transcriptCoverageBoost } from './transcript-coverage-boost.js';
import { typingSlips } from './typing-slips.js';

export interface RetrieverOptions {
  store: IndexStore;
  embeddings: EmbeddingsInterface;
  fusion?: FusionOptions;
  /** Candidates taken from each ranking before fusion. */
  candidates?: number;
  now?: () => Date;
}

export interface AnalyzedRetrieval {
  analysis: QuestionAnalysis;
  passages: RetrievedPassage[];
}

export interface Retriever {
  retrieve: RetrievePassages;
  /** retrieve, with the question's analysis it searched by, for an answerer that needs both. */
  retrieveAnalyzed(request: Parameters<RetrievePassages>[0]): Promise<AnalyzedRetrieval>;
  analyze(question: string): Promise<QuestionAnalysis>;
  /**
   * Inverse document frequency; a term the index has never seen weighs the most. Synchronous, for
   * scoring loops: it knows the terms of every question analysed, the headings of every passage
   * retrieved so far, and the texts `learnWeights` was given.
   */
  inverseDocumentFrequency(stem: string): number;
  /** How many chunks hold the term, for the terms inverseDocumentFrequency knows; undefined otherwise. */
  documentFrequency(stem: string): number | undefined;
  /** Looks up the document frequencies of the terms in these texts, for inverseDocumentFrequency. */
  learnWeights(texts: string[]): Promise<void>;
}

// A minute item's Resolved block is at most this many chunks after any of its passages.
const maxChunksAfterPassage = 12;

const defaultFusion: FusionOptions = { method: 'weighted', vectorWeight: 0.3 };
/** Terms and phrases remembered: a day of questions and their passages' headings, a few MB at most. */
const termCacheSize = 50_000;
/** How many years back a day named without its year is looked for among the indexed meetings. */
const yearsSearchedBack = 15;
/** Transcript passages whose stems are remembered for ranking, keyed by their text: a few MB at most. */
const passageStemsCacheSize = 2_000;

/**
 * An LRU cache of at most `entries` entries. Bounded by size (each entry counting one) rather than by `max`: a
 * `max` cache allocates and fills all its slots up front, some 50 ms of a one-question command's start
 * for the term caches, while this one grows as it fills.
 */
function createBoundedCache<Value extends {}>(entries: number): LRUCache<string, Value> {
  return new LRUCache<string, Value>({ maxSize: entries, sizeCalculation: () => 1 });
}

export async function createRetriever(options: RetrieverOptions): Promise<Retriever> {
  const { store, embeddings } = options;
  const fusion = options.fusion ?? defaultFusion;
  const candidates = options.candidates ?? 40;
  const now = options.now ?? (() => new Date());
  // What the index holds, cached between questions: bounded, and re-read whenever an ingest (in this
  // process or another, e.g. a second bot replica's database) moves the store's generation on.
  const frequencies = createBoundedCache<number>(termCacheSize);
  const phraseFrequencies = createBoundedCache<number>(termCacheSize);
  // The stems of transcript passages ranked lately: the same exchanges come up question after question.
  const rememberedStems = createBoundedCache<PassageStems>(passageStemsCacheSize);
  const stemsOf = (text: string): PassageStems => {
    let stems = rememberedStems.get(text);
    if (!stems) {
      stems = passageStems(text);
      rememberedStems.set(text, stems);
    }
    return stems;
  };
  let [committees, glossary] = await Promise.all([store.committees(), store.glossary()]);
  let chunkTotal = await store.chunkCount();
  let knownGeneration = await store.generation();

  async function refreshIfIndexChanged(): Promise<void> {
    const current = await store.generation();
    if (current === knownGeneration) return;
    knownGeneration = current;
    frequencies.clear();
    phraseFrequencies.clear();
    [committees, glossary, chunkTotal] = await Promise.all([store.committees(), store.glossary(), store.chunkCount()]);
  }

  async function learnStems(stems: Iterable<string>): Promise<void> {
    const missing = [...new Set(stems)].filter((term) => !frequencies.has(term));
    if (missing.length === 0) return;
    const found = await store.documentFrequencies(missing);
    for (const term of missing) frequencies.set(term, found.get(term) ?? 0);
  }

  async function learnWeights(texts: string[]): Promise<void> {
    await learnStems(texts.flatMap((text) => words(text).map((word) => stem(word))));
  }

  /** How many chunks (up to a handful) hold the phrase: whether the papers use the question's wording. */
  async function learnPhrases(phrases: string[]): Promise<void> {
    for (const phrase of phrases) {
      if (phraseFrequencies.has(phrase)) continue;
      phraseFrequencies.set(phrase, await store.countText([phrase], 5, { includeExempt: true }));
    }
  }

  /**
   * A word in a fifth or more of all chunks adds little to BM25 but makes full-text search score
   * most of the index; the query leaves it out as a single term (its phrases with neighbours stay).
   */
  function isCommon(word: string): boolean {
    return (frequencies.get(stem(word)) ?? 0) >= 0.2 * Math.max(chunkTotal, 1);
  }

  // What a slipped word was read as, per word: the same few slips recur, and each costs a look-up of hundreds of stems.
  const slipsRead = createBoundedCache<Expansion[]>(passageStemsCacheSize);
  async function typingSlipsOf(typed: string[]): Promise<Expansion[]> {
    const unseen = (word: string) => (frequencies.get(stem(word)) ?? 0) === 0;
    const found: Expansion[] = [];
    for (const word of typed.filter(unseen)) {
      let read = slipsRead.get(word);
      if (!read) {
        read = await typingSlips([word], unseen, (stems) => store.documentFrequencies(stems));
        slipsRead.set(word, read);
      }
      found.push(...read);
    }
    return found;
  }

  function inverseDocumentFrequency(term: string): number {
    const total = Math.max(chunkTotal, 1);
    return Math.log(1 + total / ((frequencies.get(term) ?? 0) + 0.5));
  }

  /** `notBody`: a committee's name to read as words rather than as the body named. */
  async function analyze(typed: string, authorities: string[] = [], notBody?: string): Promise<QuestionAnalysis> {
    const question = spellOutMonths(typed);
    const today = now();
    await refreshIfIndexChanged();
    await learnPhrases(synonymPhrasesUsed(question));
    const joinedNames = question.match(/\b[A-Z][a-z]{2,}[A-Z][a-z]{2,}\b/g) ?? [];
    await learnStems(joinedNames.map((name) => stem(name.toLowerCase())));
    const read = analyzeQuestion(question, {
      isKnownWord: (word) => (frequencies.get(stem(word)) ?? 0) > 0,
      now: today,
      expansions: expandVocabulary(question, glossary, (phrase) => phraseFrequencies.get(phrase) ?? 0),
      committees: notBody ? committees.filter((name) => name !== notBody) : committees,
      authorities,
    });
    await learnWeights([question, ...read.expansions.flatMap((expansion) => expansion.alternatives)]);
    await learnStems(read.stems);
    const slips = await typingSlipsOf(read.words);
    await learnWeights(slips.flatMap((slip) => slip.alternatives));
    const analysis = slips.length > 0 ? { ...read, expansions: [...read.expansions, ...slips] } : read;
    // "When is the next meeting?" with no topic or body: the latest meeting's papers say when the next one is.
    const asksNextSitting = analysis.intent === 'next-meeting' && analysis.stems.length === 0 && !analysis.committee;
    if (!analysis.dateRange && !asksNextSitting) {
      const meetingDay = await meetingOnYearlessDay(question, today);
      return meetingDay ? { ...analysis, dateRange: dayRange(meetingDay) } : analysis;
    }
    if (analysis.dateRange && !analysis.dateRange.latest) return analysis;
    // "The last meeting" is the latest one the index holds, not a calendar date.
    const latest = await store.latestMeetingDate(today.toISOString().slice(0, 10));
    return latest
      ? { ...analysis, dateRange: { since: latest, until: latest, anchor: latest, latest: true } }
      : analysis;
  }

  /** "The board on 12 March": the latest indexed meeting held on that day of the year, if any. */
  async function meetingOnYearlessDay(question: string, today: Date): Promise<string | undefined> {
    const day = findYearlessDay(question);
    if (!day) return undefined;
    for (let year = today.getUTCFullYear(); year > today.getUTCFullYear() - yearsSearchedBack; year -= 1) {
      const iso = toIso(year, day.month, day.day);
      if (iso && (await store.latestMeetingDate(iso)) === iso) return iso;
    }
    return undefined;
  }

  async function retrieveAnalyzed({
    question,
    filters,
    limit = 8,
  }: Parameters<RetrievePassages>[0]): Promise<AnalyzedRetrieval> {
    const first = await analyze(question);
    const alternatives = first.expansions.flatMap((expansion) => expansion.alternatives);
    const [firstTextHits, vectorHits] = await Promise.all([
      searchText(question, first, filters),
      embeddings
        .embedQuery([question, ...alternatives].join(' '))
        .then((vector) => store.searchVector(vector, candidates, filters)),
    ]);
    // The council or authority a question names by its place ("allotments in Westbury") is known from the
    // papers found: their title blocks name it where their passages do not. Named without a committee, its
    // place is searched no more: passages printing the place outranked the one on the topic.
    const authorities = authoritiesAmong(
      [...firstTextHits, ...vectorHits].map((hit) => hit.chunk),
      question,
    );
    const refined = authorities.length > 0 ? await analyze(question, authorities) : first;
    const placed = refined.authority ? refined : first;
    // "The Carrow Fen committee's cabinet decision" where the only Cabinet found is another council's: the word
    // names no body of the council asked about, and stays a word of the topic.
    const { committee, authority } = placed;
    const found = [...firstTextHits, ...vectorHits].map((hit) => hit.chunk);
    const analysis =
      committee &&
      authority &&
      !found.some((chunk) => isOfBody(chunk, committee) && !isOfOtherAuthority(chunk, authority))
        ? await analyze(question, authorities, committee)
        : placed;
    const textHits =
      analysis.words.join(' ') === first.words.join(' ')
        ? firstTextHits
        : await searchText(question, analysis, filters);
    const fused = [...fuseRankings(textHits, vectorHits, fusion).values()];
    const searched = dropCopies(
      fused
        .map((hit) => ({
          chunk: hit.chunk,
          score:
            hit.score *
            rankingBoost(hit.chunk, analysis, committees.length) *
            transcriptCoverageBoost(hit.chunk, analysis.stems, inverseDocumentFrequency, stemsOf),
        }))
        .sort((a, b) => b.score - a.score),
    );
    const ranked = sittingAgreementBoost(await carryToNeighbours(searched, (ids) => store.getChunks(ids)));
    const withDecisions =
      analysis.intent === 'resolution'
        ? await withResolvedSiblings(ranked, filters)
        : asksForChair(analysis)
          ? await withChairLineSiblings(ranked, (ids) => store.getChunks(ids), {
              includeExempt: filters?.includeExempt === true,
              committee: analysis.committee,
            })
          : ranked;
    // Each copy's Resolved block is a sibling of its own copy's passage: copies are dropped again.
    const passages = dropCopies(withDecisions).slice(0, limit);
    // Answering weighs the question's words (learned by analyze) and the passages' headings next.
    await learnWeights(passages.flatMap(({ chunk }) => chunk.headingPath));
    return { analysis, passages };
  }

  const retrieve: RetrievePassages = async (request) => (await retrieveAnalyzed(request)).passages;

  async function searchText(question: string, analysis: QuestionAnalysis, filters: SearchFilters | undefined) {
    const alternatives = analysis.expansions.flatMap((expansion) => expansion.alternatives);
    // A question that says "meeting" already searches the papers' own wording for it.
    const asked = /\bmeeting\b/i.test(question) ? [] : intentPhrases(analysis.intent);
    const phrases = buildSearchPhrases(analysis.words, [...alternatives, ...asked], (word) => isCommon(word));
    return phrases.length > 0 ? store.searchText(phrases, candidates, filters) : [];
  }

  /**
   * The authorities whose papers these passages are and whose place the question types: only those can be
   * named, and a question naming none (most) is not analysed twice.
   */
  function authoritiesAmong(chunks: Chunk[], question: string): string[] {
    const typed = new Set(words(question));
    return [...new Set(chunks.map((chunk) => authorityOf(chunk)))].filter(
      (name): name is string => name !== undefined && placeWords(name).some((word) => typed.has(word)),
    );
  }

  /** A "what was decided" question about a discussed item needs that item's Resolved block beside it. */
  async function withResolvedSiblings(
    ranked: RetrievedPassage[],
    filters: SearchFilters | undefined,
  ): Promise<RetrievedPassage[]> {
    const result: RetrievedPassage[] = [];
    const seen = new Set<string>();
    const considered = ranked.slice(0, 5);
    const following = await chunksFollowing(considered.map((passage) => passage.chunk));
    for (const passage of considered) {
      if (!seen.has(passage.chunk.id)) result.push(passage);
      seen.add(passage.chunk.id);
      const { chunk } = passage;
      if (!chunk.minute || chunk.section === 'Resolved') continue;
      const sibling = findResolvedAfter(chunk, following);
      if (sibling && !seen.has(sibling.id) && (filters?.includeExempt || !sibling.exempt)) {
        result.push({ chunk: sibling, score: passage.score * 0.99 });
        seen.add(sibling.id);
      }
    }
    for (const passage of ranked.slice(5)) if (!seen.has(passage.chunk.id)) result.push(passage);
    return result.sort((a, b) => b.score - a.score);
  }

  /**
   * The chunks that may hold the Resolved blocks of these passages' minute items, by id: the few after
   * each passage in a minute item, however long the document is (listing the document's chunks
   * made a question's cost grow with its paper), read in one store call (one at a time they were some
   * five round trips a question to a database server).
   */
  async function chunksFollowing(passages: Chunk[]): Promise<Map<string, Chunk>> {
    const ids = passages
      .filter((chunk) => chunk.minute && chunk.section !== 'Resolved')
      .flatMap((chunk) =>
        Array.from({ length: maxChunksAfterPassage }, (_, index) =>
          chunkId(chunk.documentSha, chunk.ordinal + 1 + index),
        ),
      );
    if (ids.length === 0) return new Map();
    return new Map((await store.getChunks([...new Set(ids)])).map((chunk) => [chunk.id, chunk]));
  }

  /** The Resolved chunk of the passage's minute item: it follows the passage within the item. */
  function findResolvedAfter(chunk: Chunk, following: Map<string, Chunk>): Chunk | undefined {
    for (let ordinal = chunk.ordinal + 1; ordinal <= chunk.ordinal + maxChunksAfterPassage; ordinal += 1) {
      const next = following.get(chunkId(chunk.documentSha, ordinal));
      if (!next || next.source !== chunk.source || next.partIndex !== chunk.partIndex || next.minute !== chunk.minute) {
        return undefined;
      }
      if (next.section === 'Resolved') return next;
    }
    return undefined;
  }

  const documentFrequency = (term: string) => frequencies.get(term);
  return { retrieve, retrieveAnalyzed, analyze, inverseDocumentFrequency, documentFrequency, learnWeights };
}
