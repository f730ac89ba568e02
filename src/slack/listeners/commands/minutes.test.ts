import type { RespondArguments } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackListenerKit, type SlackListenerKit } from '../../../../test/support/slack-listener-kit.js';
import type { SlackDependencies } from '../../slack-dependencies.js';
import { createMinutesListener } from './minutes.js';

describe('/minutes listener', () => {
  let kit: SlackListenerKit;
  afterEach(() => kit.close());

  async function run(text: string, dependencies: Partial<SlackDependencies> = {}, channel = 'C1') {
    kit = await createSlackListenerKit({
      dependencies,
      slack: { channelScopes: { C9: { committees: ['Cabinet'], allowExempt: false } } },
    });
    const steps: string[] = [];
    const responses: Array<RespondArguments & { blocks?: unknown }> = [];
    await createMinutesListener(kit.services)({
      command: { text, user_id: 'U1', channel_id: channel },
      ack: async (response) => {
        steps.push(`ack:${response?.text ?? ''}`);
      },
      respond: async (message) => {
        steps.push('respond');
        responses.push(message);
      },
    });
    return { steps, responses, texts: responses.map((response) => `${response.text}`) };
  }

  it('acknowledges first, then answers ephemerally with the citation', async () => {
    const { steps, responses } = await run('ask what was resolved?');
    expect(steps[0]).toMatch(/^ack:/);
    expect(responses[0]?.response_type).toBe('ephemeral');
    expect(JSON.stringify(responses[0]?.blocks)).toContain('15 Jan 2019 · Minute 49');
    expect(kit.requests[0]).toMatchObject({ question: 'what was resolved?', history: [] });
  });

  it('posts in the channel with --share', async () => {
    const { responses } = await run('--share what was resolved?');
    expect(responses[0]?.response_type).toBe('in_channel');
  });

  it('shows help and the sources summary', async () => {
    expect((await run('help')).texts[0]).toContain('/minutes brief');
    await kit.close();
    expect((await run('sources')).texts[0]).toContain('No papers are indexed yet');
  });

  it('says plainly when a feature is not built yet', async () => {
    const { texts } = await run('digest since May');
    expect(texts[0]).toContain('`/minutes digest` is not built yet');
  });

  it('renders a plugged-in feature with the channel scope', async () => {
    const requests: unknown[] = [];
    const { texts } = await run(
      'brief 31 Oct 2023',
      {
        brief: async (request) => {
          requests.push(request);
          return '## Brief\n- **Item** one';
        },
      },
      'C9',
    );
    expect(requests).toEqual([{ meeting: '31 Oct 2023', filters: { committees: ['Cabinet'], includeExempt: false } }]);
    expect(texts[0]).toBe('*Brief*\n• *Item* one');
  });

  it('logs and tells the user when something throws', async () => {
    const { responses, texts } = await run('actions safeguarding', {
      actions: () => Promise.reject(new Error('llm down')),
    });
    const referenceId = texts[0]?.match(/reference `(\w+)`/)?.[1];
    expect(responses[0]?.response_type).toBe('ephemeral');
    expect(referenceId).toBeDefined();
    expect(kit.logs).toContainEqual(
      expect.objectContaining({ referenceId, err: expect.objectContaining({ message: 'llm down' }) }),
    );
  });
});
