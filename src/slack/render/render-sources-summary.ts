import { formatShortDate } from '../../core/dates.js';
import type { SourcesSummary } from '../../meeting-papers/describe-sources.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { formatTimestamp } from './format-timestamp.js';

const recentMeetingCount = 8;

/** What the index holds, as mrkdwn: committees, meetings, papers, date range, last ingest. */
export function renderSourcesSummary(summary: SourcesSummary): string {
  if (summary.documentCount === 0) {
    return 'No papers are indexed yet. Whoever runs Quorum needs to run `npm run ingest` first.';
  }
  const range =
    summary.firstMeeting && summary.lastMeeting
      ? ` (${formatShortDate(summary.firstMeeting)} to ${formatShortDate(summary.lastMeeting)})`
      : '';
  const lines = [
    `• *Committees:* ${summary.committees.map(escapeMrkdwn).join(', ') || 'none named'}`,
    `• *Meetings:* ${summary.meetings.length}${range}`,
    `• *Papers:* ${summary.paperCount} in ${summary.documentCount} ${summary.documentCount === 1 ? 'document' : 'documents'}`,
    `• *Last ingest:* ${summary.lastIngestAt ? formatTimestamp(summary.lastIngestAt) : 'unknown'}`,
  ];
  const recent = summary.meetings
    .slice(0, recentMeetingCount)
    .map(
      (meeting) =>
        `• ${formatShortDate(meeting.date)}: ${escapeMrkdwn(meeting.committee)} (${meeting.kinds.join(', ')})`,
    );
  if (recent.length > 0) lines.push('', '*Most recent meetings*', ...recent);
  return lines.join('\n');
}
