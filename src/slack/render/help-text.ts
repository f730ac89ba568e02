/** How to use Quorum, shared by `/minutes help`, an empty mention and the App Home. */
export const helpText = [
  'Ask me about the committee papers; every answer cites the paper, meeting, date and minute.',
  '• *Mention me* in a channel (`@Quorum what was resolved on elective home education?`): I answer in the thread. Reply in that thread to follow up, no mention needed.',
  '• *Message me* directly for a private answer.',
  '• `/minutes ask <question>`: answer just for you; add `--share` to post it in the channel.',
  '• `/minutes brief <meeting>`: a brief of one meeting, e.g. `/minutes brief 31 Oct 2023`.',
  '• `/minutes digest [since]`: what is new in the papers since a date.',
  '• `/minutes actions [topic]`: actions and recommendations, optionally on a topic.',
  '• `/minutes sources`: which committees, meetings and dates I know about.',
  '• `/minutes watch <topic>`: post new passages on a topic in this channel as papers arrive; `/minutes watches` lists them, `/minutes unwatch <n>` stops one.',
  '• Press 👍 or 👎 under an answer to tell us how it did.',
].join('\n');
