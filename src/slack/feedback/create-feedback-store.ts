import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LRUCache } from 'lru-cache';
import type { z } from 'zod';
import { type AnswerRecord, answerRecordSchema, type FeedbackVote, feedbackVoteSchema } from './feedback-records.js';

export interface FeedbackStore {
  readonly feedbackPath: string;
  rememberAnswer(record: AnswerRecord): Promise<void>;
  findAnswer(id: string): Promise<AnswerRecord | undefined>;
  recordVote(vote: FeedbackVote): Promise<void>;
  readVotes(): Promise<{ votes: FeedbackVote[]; malformedLines: number }>;
}

const recentAnswerCount = 500;

/** Answers and votes as JSON lines in the data directory: `answers.jsonl` and `feedback.jsonl`. */
export function createFeedbackStore(options: { dataDir: string }): FeedbackStore {
  const answersPath = join(options.dataDir, 'answers.jsonl');
  const feedbackPath = join(options.dataDir, 'feedback.jsonl');
  const recent = new LRUCache<string, AnswerRecord>({ max: recentAnswerCount });
  const append = async (path: string, record: unknown) => {
    await mkdir(options.dataDir, { recursive: true });
    await appendFile(path, `${JSON.stringify(record)}\n`, 'utf8');
  };
  return {
    feedbackPath,
    async rememberAnswer(record) {
      recent.set(record.id, record);
      await append(answersPath, record);
    },
    async findAnswer(id) {
      const cached = recent.get(id);
      if (cached) return cached;
      // Older answers (or ones from before a restart) are only on disk.
      const { records } = await readLines(answersPath, answerRecordSchema);
      return records.findLast((record) => record.id === id);
    },
    recordVote: (vote) => append(feedbackPath, vote),
    async readVotes() {
      const { records, malformedLines } = await readLines(feedbackPath, feedbackVoteSchema);
      return { votes: records, malformedLines };
    },
  };
}

async function readLines<T>(path: string, schema: z.ZodType<T>): Promise<{ records: T[]; malformedLines: number }> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], malformedLines: 0 };
    throw error;
  }
  const records: T[] = [];
  let malformedLines = 0;
  for (const line of content.split('\n')) {
    if (!line.trim()) continue;
    const parsed = schema.safeParse(parseJson(line));
    if (parsed.success) records.push(parsed.data);
    else malformedLines += 1;
  }
  return { records, malformedLines };
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
