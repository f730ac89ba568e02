import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isQuorumError } from '../../src/core/errors.js';
import { type OpenAIStub, startOpenAIStub } from '../support/openai-stub.js';
import { createStubbedAnswerer, modelReply } from './llm-setup.js';

const nextMeeting = {
  text: 'The next meeting was set for 5 December 2023 at 10am in Rotherham Town Hall.',
  passageIds: [4],
  quote: 'take place on 5 December 2023 commencing at 10am in Rotherham Town Hall',
};

describe('LLM answering when the model misbehaves', () => {
  let stub: OpenAIStub;
  beforeAll(async () => {
    stub = await startOpenAIStub();
  });
  afterAll(async () => {
    await stub.close();
  });
  beforeEach(() => {
    stub.chatRequests.length = 0;
  });

  it('retries malformed JSON once and then succeeds', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub);
    stub.enqueueChat({ content: '{"claims": [{"text": "The next meeting' }, modelReply([nextMeeting]));

    const answer = await answerQuestion({ question: 'When is the next meeting?' });

    expect(answer.citations).toHaveLength(1);
    expect(stub.chatRequests).toHaveLength(2);
  });

  it('retries output that parses but breaks the schema once, then fails with llm_malformed', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub);
    stub.enqueueChat({ content: '{"claims": "none", "abstain": "maybe"}' }, { content: 'Sorry, I cannot help.' });

    const failure = await answerQuestion({ question: 'When is the next meeting?' }).catch((error: unknown) => error);

    expect(isQuorumError(failure, 'llm_malformed')).toBe(true);
    expect((failure as Error).message).toMatch(/malformed output 2 times/);
    expect(stub.chatRequests).toHaveLength(2);
  });

  it('retries a 429 from the server and then succeeds', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub);
    stub.enqueueChat({ status: 429 }, modelReply([nextMeeting]));

    const answer = await answerQuestion({ question: 'When is the next meeting?' });

    expect(answer.abstained).toBe(false);
    expect(stub.chatRequests).toHaveLength(2);
  });

  it('fails with llm_failed, not a retry loop, when the server rejects the request', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub);
    stub.enqueueChat({ status: 401 });

    const failure = await answerQuestion({ question: 'When is the next meeting?' }).catch((error: unknown) => error);

    expect(isQuorumError(failure, 'llm_failed')).toBe(true);
    expect((failure as Error).message).toContain('HTTP 401');
    expect(stub.chatRequests).toHaveLength(1);
  });

  it('fails with llm_timeout within a bounded time when the server does not answer', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub, { timeoutMs: 300 });
    stub.enqueueChat({ ...modelReply([nextMeeting]), delayMs: 10_000 });

    const started = Date.now();
    const failure = await answerQuestion({ question: 'When is the next meeting?' }).catch((error: unknown) => error);

    expect(isQuorumError(failure, 'llm_timeout')).toBe(true);
    expect((failure as Error).message).toMatch(/did not respond in time/);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(stub.chatRequests).toHaveLength(1);
  });

  it('fails with llm_timeout when the server sends headers and then stalls', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub, { timeoutMs: 300 });
    stub.enqueueChat({ ...modelReply([nextMeeting]), stallBodyMs: 10_000 });

    const started = Date.now();
    const failure = await answerQuestion({ question: 'When is the next meeting?' }).catch((error: unknown) => error);

    expect(isQuorumError(failure, 'llm_timeout')).toBe(true);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('times out the follow-up rewrite the same way', async () => {
    const { answerQuestion, retrievals } = createStubbedAnswerer(stub, { timeoutMs: 300 });
    stub.enqueueChat({ content: 'When is the next meeting?', delayMs: 10_000 });

    const failure = await answerQuestion({
      question: 'And the one after?',
      history: [{ role: 'user', text: 'When is the next meeting?' }],
    }).catch((error: unknown) => error);

    expect(isQuorumError(failure, 'llm_timeout')).toBe(true);
    expect((failure as Error).message).toContain('rewriting the follow-up question');
    expect(retrievals).toHaveLength(0);
  });
});
