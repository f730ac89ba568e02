import { formatMeetingDate } from '../core/dates.js';
import { readableSegment } from '../core/sentences.js';
import { renderSourceList } from '../meeting-papers/render-source-list.js';
import type { Digest, DigestMeeting } from './digest-types.js';

/** The digest as markdown with [n] markers and sources; nothing new is one line. */
export function renderDigestMarkdown(digest: Digest): string {
  if (digest.meetings.length === 0) return `Nothing new since ${formatInstant(digest.since)}.`;
  const lines = [`# What's new since ${formatInstant(digest.since)}`, ''];
  for (const meeting of digest.meetings) lines.push(...renderMeeting(meeting));
  if (digest.upcoming.length > 0) {
    lines.push('## Coming up in the next 14 days', '');
    for (const meeting of digest.upcoming) {
      const details = [meeting.time, meeting.venue].filter(Boolean).join(', ');
      const from = meeting.from === 'agenda' ? 'agenda published' : 'date from an earlier agenda';
      lines.push(
        `- ${formatMeetingDate(meeting.date)} — ${meeting.committee}${details ? `, ${details}` : ''} (${from}) [${meeting.cite}]`,
      );
    }
    lines.push('');
  }
  lines.push(renderSourceList(digest.citations));
  return lines.join('\n').trim();
}

function renderMeeting(meeting: DigestMeeting): string[] {
  // Undated papers of one body are grouped, not one meeting: several say so.
  const papers = meeting.reports.length + meeting.otherPapers.length;
  const when = meeting.meetingDate || papers < 2 ? formatMeetingDate(meeting.meetingDate) : 'undated papers';
  const lines = [`## ${meeting.committee}, ${when}`, ''];
  if (meeting.agenda) {
    const details = [meeting.agenda.time, meeting.agenda.venue].filter(Boolean).join(', ');
    lines.push(`**Agenda**${details ? `: ${details}` : ''} [${meeting.agenda.cite}]`);
    for (const item of meeting.agenda.items) lines.push(`- ${item.number}. ${item.title} [${item.cite}]`);
    lines.push('');
  }
  if (meeting.decisions.length > 0) {
    lines.push('**Decisions**');
    for (const decision of meeting.decisions) {
      lines.push(`- Minute ${decision.minute} — ${decision.title} [${decision.cite}]`);
      for (const resolution of decision.resolutions)
        lines.push(`  - ${readableSegment(resolution.text)} [${resolution.cite}]`);
    }
    lines.push('');
  }
  if (meeting.discussed.length > 0) {
    lines.push(meeting.decisions.length > 0 ? '**Also discussed**' : '**Discussed** (no resolution recorded)');
    for (const item of meeting.discussed) lines.push(`- Minute ${item.minute} — ${item.title} [${item.cite}]`);
    lines.push('');
  }
  for (const report of meeting.reports) {
    lines.push(`**Report:** ${report.title} [${report.cite}]`);
    if (report.summary) lines.push(`- ${readableSegment(report.summary.text)} [${report.summary.cite}]`);
    if (report.decision) {
      const label = report.decision.proposed ? 'Proposed decision' : 'Decision';
      lines.push(`- ${label}: ${readableSegment(report.decision.text)} [${report.decision.cite}]`);
    }
    lines.push('');
  }
  for (const paper of meeting.otherPapers) {
    const label = paperLabels[paper.kind] ?? 'Paper';
    // A transcript titled only "Transcript" is named by its speakers.
    const title = paper.title.toLowerCase() === label.toLowerCase() ? '' : ` ${paper.title}`;
    const speakers = paper.speakers ? `${title ? ' —' : ''} speakers: ${paper.speakers.join(', ')}` : '';
    lines.push(`**${label}:**${title}${speakers} [${paper.cite}]`, '');
  }
  return lines;
}

const paperLabels: Partial<Record<DigestMeeting['otherPapers'][number]['kind'], string>> = {
  'work-programme': 'Work programme',
  transcript: 'Transcript',
};

function formatInstant(iso: string): string {
  const date = formatMeetingDate(iso.slice(0, 10));
  const time = iso.slice(11, 16);
  return time === '00:00' ? date : `${date}, ${time} UTC`;
}
