import { loadConfig } from '../config.js';
import { createFeedbackStore } from '../slack/feedback/create-feedback-store.js';
import { summarizeFeedback } from '../slack/feedback/summarize-feedback.js';
import { runCli } from './run-cli.js';

const usage = 'Usage: npm run feedback  (what people thought of the answers in Slack, from the data folder)';

// `npm run feedback`: what people thought of Quorum's answers in Slack.
await runCli(async () => {
  const config = loadConfig();
  const store = createFeedbackStore({ dataDir: config.dataDir });
  const { votes, malformedLines } = await store.readVotes();
  if (votes.length === 0) {
    console.log(`No feedback yet (${store.feedbackPath}).`);
  } else {
    const summary = summarizeFeedback(votes);
    console.log(`${summary.total} votes: ${summary.up} 👍, ${summary.down} 👎 (${store.feedbackPath})`);
    if (summary.recentDown.length > 0) console.log('\nMost recent 👎:');
    for (const vote of summary.recentDown) {
      const answer = vote.abstained ? '(abstained)' : vote.answer.replace(/\s+/g, ' ').slice(0, 160);
      console.log(`\n${vote.at}  user ${vote.user} in ${vote.channel}`);
      console.log(`  Q: ${vote.question}`);
      console.log(`  A: ${answer}${vote.answer.length > 160 ? '…' : ''}`);
      console.log(
        `  Cited: ${vote.citations.map((citation) => `${citation.meetingDate ?? 'undated'} ${citation.minute ? `minute ${citation.minute}` : citation.title}`).join('; ') || 'nothing'}`,
      );
    }
  }
  if (malformedLines > 0) console.log(`\n${malformedLines} unreadable line(s) skipped.`);
}, usage);
