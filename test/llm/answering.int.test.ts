import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { abstentionText } from '../../src/answer/abstention.js';
import { loadPrompts } from '../../src/answer/load-prompts.js';
import { messageText, type OpenAIStub, startOpenAIStub } from '../support/openai-stub.js';
import { corpusPassages, corpusSource, corpusText, lineOf } from './corpus-passages.js';
import { createStubbedAnswerer, modelReply } from './llm-setup.js';

const acceptPresentation = {
  text: 'The Commission accepted the elective home education presentation and noted the progress made.',
  passageIds: [2],
  // Different case, spacing and no markdown: the check must still find it and cite the original text.
  quote: 'the improving lives select commission accept the presentation   and note the progress made',
};
const sufficiencyUpdate = {
  text: "An update on the Looked After Children's Sufficiency Strategy (2023-2027) was on the agenda.",
  passageIds: [1],
  quote: "provide an update on the delivery of the new Looked After Children's Sufficiency Strategy (2023-2027)",
};

describe('LLM answering through the real ChatOpenAI client', () => {
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

  it('answers with claims grouped by meeting, newest first, each cited verbatim to its place in the paper', async () => {
    const { answerQuestion, retrievals, logLines } = createStubbedAnswerer(stub);
    stub.enqueueChat(modelReply([acceptPresentation, sufficiencyUpdate]));

    const answer = await answerQuestion({ question: 'What has the commission done about home education?' });

    expect(answer.abstained).toBe(false);
    expect(answer.text).toBe(
      [
        '**5 December 2023 — Improving Lives Select Commission**',
        `- ${sufficiencyUpdate.text} [1]`,
        '',
        '**31 October 2023 — Improving Lives Select Commission**',
        `- ${acceptPresentation.text} [2]`,
      ].join('\n'),
    );
    const [agenda, minutes] = answer.citations;
    expect(minutes).toMatchObject({
      n: 2,
      committee: 'Improving Lives Select Commission',
      meetingDate: '2023-10-31',
      partKind: 'minutes',
      minute: '126',
      title: 'Elective Home Education Presentation',
      heading: 'Improving Lives Select Commission › 2023-10-31 › 126 Elective Home Education Presentation › Resolved',
      quote: 'The Improving Lives Select Commission accept the presentation and note the progress made',
      source: corpusSource,
    });
    expect(agenda).toMatchObject({ n: 1, meetingDate: '2023-12-05', partKind: 'agenda', title: 'Agenda' });
    for (const citation of answer.citations) {
      expect(corpusText.slice(citation.start, citation.end)).toBe(citation.quote);
      expect(citation.line).toBe(lineOf(citation.start));
    }
    expect(answer.passages).toEqual(corpusPassages);
    expect(retrievals).toEqual([{ question: 'What has the commission done about home education?', limit: 8 }]);

    const [request] = stub.chatRequests;
    expect(request?.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'cited_answer' } });
    expect(request?.temperature).toBe(0);
    expect(messageText(request?.messages[0] ?? { role: '', content: '' })).toBe(loadPrompts().answer.text);
    expect(logLines.some((line) => line.includes('"answerPrompt":1') && line.includes('"rewritePrompt":1'))).toBe(true);
  });

  it('drops a claim whose quote is not in the cited passage', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub);
    const fabricated = {
      text: 'The Commission resolved to ban home education.',
      passageIds: [2],
      quote: 'The Improving Lives Select Commission resolved to ban home education',
    };
    stub.enqueueChat(modelReply([fabricated, acceptPresentation]));

    const answer = await answerQuestion({ question: 'What was resolved about home education?' });

    expect(answer.abstained).toBe(false);
    expect(answer.text).not.toContain('ban');
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]?.minute).toBe('126');
  });

  it('abstains with no citations when the only claim is fabricated', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub);
    stub.enqueueChat(
      modelReply([{ text: 'The budget was cut by 40%.', passageIds: [3], quote: 'the budget be cut by 40%' }]),
    );

    const answer = await answerQuestion({ question: 'Was the budget cut?' });

    expect(answer).toMatchObject({ text: abstentionText, citations: [], abstained: true });
    expect(answer.passages).toHaveLength(4);
  });

  it('drops passage ids out of range and keeps the claim when a valid cited passage bears it out', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub);
    stub.enqueueChat(
      modelReply([
        { ...acceptPresentation, passageIds: [9, 2, 0] },
        { text: 'The next meeting is in the Town Hall.', passageIds: [7], quote: 'Rotherham Town Hall' },
      ]),
    );

    const answer = await answerQuestion({ question: 'What was decided?' });

    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]?.minute).toBe('126');
    expect(answer.text).not.toContain('next meeting');
  });

  it('abstains when the model abstains, and when retrieval finds nothing without asking the model', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub);
    stub.enqueueChat(modelReply([], true));
    expect(await answerQuestion({ question: 'What about parking fines?' })).toMatchObject({
      abstained: true,
      citations: [],
    });

    const empty = createStubbedAnswerer(stub, { passages: [] });
    expect(await empty.answerQuestion({ question: 'Anything?' })).toMatchObject({ abstained: true, passages: [] });
    expect(stub.chatRequests).toHaveLength(1);
  });

  it('rewrites a follow-up to stand alone and retrieves with the rewritten question', async () => {
    const { answerQuestion, retrievals } = createStubbedAnswerer(stub);
    const standalone = 'What did the Improving Lives Select Commission resolve about elective home education?';
    stub.enqueueChat({ content: `${standalone}\n` }, modelReply([acceptPresentation]));

    const answer = await answerQuestion({
      question: 'And what did they resolve?',
      history: [
        { role: 'user', text: 'Did the commission discuss elective home education?' },
        { role: 'assistant', text: 'Yes, at its meeting of 31 October 2023 it heard a presentation [1].' },
      ],
      filters: { since: '2023-01-01' },
    });

    expect(retrievals).toEqual([{ question: standalone, filters: { since: '2023-01-01' }, limit: 8 }]);
    expect(answer.citations).toHaveLength(1);
    const [rewrite, answering] = stub.chatRequests;
    expect(messageText(rewrite?.messages[0] ?? { role: '', content: '' })).toBe(loadPrompts().rewrite.text);
    const rewriteInput = messageText(rewrite?.messages[1] ?? { role: '', content: '' });
    expect(rewriteInput).toContain('User: Did the commission discuss elective home education?');
    expect(rewriteInput).toContain('Follow-up question: And what did they resolve?');
    expect(messageText(answering?.messages[1] ?? { role: '', content: '' })).toContain(`Question: ${standalone}`);
  });

  it('still answers through tool calling for models without JSON-schema output', async () => {
    const { answerQuestion } = createStubbedAnswerer(stub, { model: 'gpt-4-turbo' });
    stub.enqueueChat(modelReply([acceptPresentation]));

    const answer = await answerQuestion({ question: 'What was resolved?' });

    expect(stub.chatRequests[0]?.tools?.[0]?.function.name).toBe('cited_answer');
    expect(answer.citations).toHaveLength(1);
  });
});
