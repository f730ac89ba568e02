import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OpenAIStub, startOpenAIStub } from '../support/openai-stub.js';
import { createStubbedAnswerer, type ModelClaim, modelReply } from './llm-setup.js';

// Each claim carries a quote that really is in the passage it cites; the claim itself says something
// else. Passages (see corpus-passages.ts): 1 an agenda item, 2 a Resolved block, 4 the next meeting.
const agendaQuote =
  "provide an update on the delivery of the new Looked After Children's Sufficiency Strategy (2023-2027)";
const resolvedQuote = 'The Improving Lives Select Commission accept the presentation and note the progress made';
const nextMeetingQuote = 'take place on 5 December 2023 commencing at 10am in Rotherham Town Hall';

const falseClaims: Record<string, ModelClaim> = {
  'an invented decision citing an agenda sentence': {
    text: 'The council resolved to close all schools.',
    passageIds: [1],
    quote: agendaQuote,
  },
  'an invented figure beside an unrelated true quote': {
    text: 'The commission approved a budget of £2.5 million for libraries.',
    passageIds: [2],
    quote: resolvedQuote,
  },
  'a wrong date': {
    text: 'The next meeting was set for 12 December 2023 at 10am in Rotherham Town Hall.',
    passageIds: [4],
    quote: nextMeetingQuote,
  },
  'a wrong name': {
    text: 'Councillor Smith accepted the presentation and noted the progress made.',
    passageIds: [2],
    quote: resolvedQuote,
  },
  'a decision claimed from an agenda item': {
    text: "The commission agreed the Looked After Children's Sufficiency Strategy (2023-2027).",
    passageIds: [1],
    quote: agendaQuote,
  },
};

describe('LLM claims checked against their quotes', () => {
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

  for (const [name, claim] of Object.entries(falseClaims)) {
    it(`abstains rather than print ${name}`, async () => {
      const { answerQuestion, logLines } = createStubbedAnswerer(stub);
      stub.enqueueChat(modelReply([claim]));
      const answer = await answerQuestion({ question: 'What happened at the commission?' });
      expect(answer.abstained).toBe(true);
      expect(answer.citations).toEqual([]);
      expect(answer.text).not.toContain(claim.text);
      expect(logLines.some((line) => line.includes('claim not supported by passage'))).toBe(true);
    });
  }

  it('keeps the true claims of an answer and drops the false one beside them', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub);
    const truth: ModelClaim = {
      text: 'The next meeting was set for 5 December 2023 at 10am in Rotherham Town Hall.',
      passageIds: [4],
      quote: nextMeetingQuote,
    };
    stub.enqueueChat(modelReply([truth, falseClaims['a wrong name'] as ModelClaim]));
    const answer = await answerQuestion({ question: 'What happened at the commission?' });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(truth.text);
    expect(answer.text).not.toContain('Smith');
    expect(answer.citations).toHaveLength(1);
  });
});
