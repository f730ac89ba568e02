import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeedbackStore } from './create-feedback-store.js';

describe('createFeedbackStore', () => {
  let dataDir: string;
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const record = {
    id: 'a1',
    at: '2024-01-01T00:00:00.000Z',
    question: 'q',
    text: 't',
    citations: [],
    abstained: false,
    user: 'U1',
    channel: 'C1',
  };

  it('finds answers remembered before a restart and reads votes back, skipping unreadable lines', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'quorum-feedback-'));
    await createFeedbackStore({ dataDir }).rememberAnswer(record);
    const restarted = createFeedbackStore({ dataDir });
    expect(await restarted.findAnswer('a1')).toEqual(record);
    expect(await restarted.findAnswer('nope')).toBeUndefined();
    const vote = {
      answerId: 'a1',
      vote: 'up' as const,
      question: 'q',
      answer: 't',
      citations: [],
      abstained: false,
      user: 'U2',
      channel: 'C1',
      at: '2024-01-02T00:00:00.000Z',
    };
    await restarted.recordVote(vote);
    await appendFile(join(dataDir, 'feedback.jsonl'), 'not json\n');
    expect(await restarted.readVotes()).toEqual({ votes: [vote], malformedLines: 1 });
  });

  it('reads no votes when nothing was recorded yet', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'quorum-feedback-'));
    expect(await createFeedbackStore({ dataDir: join(dataDir, 'missing') }).readVotes()).toEqual({
      votes: [],
      malformedLines: 0,
    });
  });
});
