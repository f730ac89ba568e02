import type { SlackMessage } from './slack-message.js';

export type Notice =
  | { kind: 'failed'; referenceId: string }
  | { kind: 'busy' }
  | { kind: 'rate-limited' }
  | { kind: 'not-built'; feature: string }
  | { kind: 'thanks'; vote: 'up' | 'down' }
  | { kind: 'answer-expired' }
  | { kind: 'quotes-elsewhere' };

/** Short one-line replies for everything that is not an answer. */
export function renderNotice(notice: Notice): SlackMessage {
  const text = noticeText(notice);
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

function noticeText(notice: Notice): string {
  switch (notice.kind) {
    case 'failed':
      return `Sorry, something went wrong while I was answering. Please try again in a moment; if it keeps happening, quote reference \`${notice.referenceId}\` to whoever runs Quorum.`;
    case 'busy':
      return "I'm busy answering other questions right now. Please try again shortly.";
    case 'rate-limited':
      return "You've asked several questions in the last minute. Please give me a moment and try again shortly.";
    case 'not-built':
      return `\`/minutes ${notice.feature}\` is not built yet. For now, ask a question instead: \`/minutes ask …\` or mention me.`;
    case 'thanks':
      return notice.vote === 'up'
        ? 'Thanks for the feedback 👍'
        : "Thanks for the feedback 👎, it helps improve Quorum's answers.";
    case 'answer-expired':
      return "Sorry, I can't find that answer any more. Please ask the question again.";
    case 'quotes-elsewhere':
      return 'I can only show the quotes of an answer in the conversation where it was given.';
  }
}
