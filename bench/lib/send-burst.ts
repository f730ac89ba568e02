import { slackPayloads } from '../../test/support/slack-payloads.js';
import { sendSignedRequest } from '../../test/support/slack-signed-request.js';

export interface BurstMention {
  user: string;
  channel: string;
  ts: string;
  question: string;
}

export interface BurstResult {
  mentions: BurstMention[];
  /** Time from sending each signed request to the bot's HTTP response, in milliseconds. */
  ackMs: number[];
  /** Responses other than 200 (a refused or failed ack, which Slack would retry). */
  failedAcks: number;
}

/**
 * Sends `count` signed app_mention events from `users` users, spread evenly over `seconds`, each in
 * its own thread, without waiting for one ack before sending the next (as Slack delivers them).
 */
export async function sendBurst(options: {
  eventsUrl: string;
  signingSecret: string;
  count: number;
  users: number;
  seconds: number;
  questions: string[];
}): Promise<BurstResult> {
  const startedAt = Date.now();
  const mentions: BurstMention[] = [];
  const acks: Promise<{ ms: number; status: number }>[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const due = startedAt + (index * options.seconds * 1000) / options.count;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const mention: BurstMention = {
      user: `U${String(index % options.users).padStart(4, '0')}`,
      channel: 'CBURST',
      ts: `${1_800_000_000 + index}.000100`,
      question: options.questions[index % options.questions.length]!,
    };
    mentions.push(mention);
    const body = slackPayloads.event({
      type: 'app_mention',
      user: mention.user,
      text: `<@UQUORUM> ${mention.question}`,
      ts: mention.ts,
      channel: mention.channel,
    });
    const sentAt = performance.now();
    acks.push(
      sendSignedRequest({
        url: options.eventsUrl,
        signingSecret: options.signingSecret,
        body,
        contentType: 'application/json',
      }).then(({ status }) => ({ ms: performance.now() - sentAt, status })),
    );
  }
  const settled = await Promise.all(acks);
  return {
    mentions,
    ackMs: settled.map((ack) => ack.ms),
    failedAcks: settled.filter((ack) => ack.status !== 200).length,
  };
}
