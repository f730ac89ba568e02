import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusIndex } from '../../../test/support/build-corpus-index.js';
import { loadConfig } from '../../config.js';
import { createSilentLogger } from '../../core/logger.js';
import { openQuorum, type Quorum } from '../../open-quorum.js';
import { startQuorumWorker, type WorkerDependencies } from './start-quorum-worker.js';

describe('the answering worker', () => {
  let index: CorpusIndex;
  let worker: WorkerDependencies;
  let local: Quorum;

  beforeAll(async () => {
    index = await buildCorpusIndex();
    worker = await startQuorumWorker(index.config);
    local = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await worker?.close();
    await local?.close();
    await index?.cleanup();
  });

  it('answers exactly as the index opened on this thread does', async () => {
    const request = { question: 'What was resolved about elective home education?', filters: { includeExempt: false } };
    const [fromWorker, fromHere] = await Promise.all([worker.answerQuestion(request), local.answerQuestion(request)]);
    expect(fromWorker.abstained).toBe(false);
    expect(fromWorker.text).toBe(fromHere.text);
    expect(fromWorker.citations).toEqual(fromHere.citations);
    expect(worker.pending()).toBe(0);
  });

  it('answers questions sent together, each to its own caller', async () => {
    const questions = ['Who chaired the meeting?', 'What was said about domestic abuse?', 'What about housing?'];
    const answers = await Promise.all(questions.map((question) => worker.answerQuestion({ question })));
    const expected = await Promise.all(questions.map((question) => local.answerQuestion({ question })));
    expect(answers.map((answer) => answer.text)).toEqual(expected.map((answer) => answer.text));
  });

  it('describes the sources under the filters it is given', async () => {
    const all = await worker.describeSources({ includeExempt: false });
    expect(all.committees.length).toBeGreaterThan(0);
    expect(all.meetings.length).toBeGreaterThan(0);
    const scoped = await worker.describeSources({ includeExempt: false, committees: ['Another Committee'] });
    expect(scoped).toMatchObject({ committees: [], meetings: [], paperCount: 0, documentCount: 0 });
  });

  it('fails to start with the index error, its code intact', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'quorum-no-index-'));
    try {
      const config = loadConfig({ QUORUM_DATA_DIR: empty, QUORUM_EMBEDDER: 'local', LOG_LEVEL: 'silent' });
      await expect(startQuorumWorker(config)).rejects.toMatchObject({ code: 'index_missing' });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
