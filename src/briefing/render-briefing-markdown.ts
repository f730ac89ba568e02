import { renderAsk } from '../actions/render-ask.js';
import { formatMeetingDate } from '../core/dates.js';
import { readableSegment } from '../core/sentences.js';
import { renderSourceList } from '../meeting-papers/render-source-list.js';
import type { Briefing, BriefingItem, PreviousMeeting } from './briefing.js';

/** The briefing as markdown: [n] markers on every statement and the numbered sources at the end. */
export function renderBriefingMarkdown(briefing: Briefing): string {
  const when = [formatMeetingDate(briefing.meetingDate), briefing.time, briefing.venue].filter(Boolean).join(', ');
  const lines = [`# Briefing: ${briefing.committee}, ${formatMeetingDate(briefing.meetingDate)}`, ''];
  if (briefing.note) lines.push(`> ${briefing.note}`, '');
  const { planned } = briefing;
  if (planned) {
    const printed = planned.meetingDate ? ` in the papers of ${formatMeetingDate(planned.meetingDate)}` : '';
    lines.push(
      `> No agenda is indexed for this meeting. Planned business from ${planned.title}${printed} [${briefing.cite}]: what was planned, not a published agenda.`,
      '',
    );
  } else if (briefing.minuted)
    lines.push(
      `> No agenda is indexed for this meeting. Its business is read from its minutes [${briefing.cite}]: what was minuted, not a published agenda.`,
      '',
    );
  else lines.push(`Meeting: ${when} [${briefing.cite}]`, '');
  if (briefing.standingItems.length > 0) {
    const standing = briefing.standingItems.map((item) => `${item.number}. ${item.title} [${item.cite}]`).join('; ');
    lines.push(`**Standing items:** ${standing}`, '');
  }
  const label = planned ? 'Planned item' : briefing.minuted ? 'Minuted item' : 'Item';
  for (const item of briefing.items) lines.push(...renderItem(item, label));
  if (briefing.previousMeeting) lines.push(...renderPreviousMeeting(briefing.previousMeeting));
  lines.push(renderSourceList(briefing.citations));
  return lines.join('\n').trim();
}

function renderItem(item: BriefingItem, label: string): string[] {
  // An item the agenda only names is cited on its heading: never an empty line holding a marker.
  const description = oneLine(item.description);
  const lines = description
    ? [`## ${label} ${item.number}: ${item.title}`, '', `${description} [${item.cite}]`, '']
    : [`## ${label} ${item.number}: ${item.title} [${item.cite}]`, ''];
  const { report } = item;
  if (report) {
    lines.push(`**Report:** ${report.title}${report.author ? ` (${report.author})` : ''} [${report.cite}]`);
    if (report.summary) lines.push(`- Summary: ${oneLine(report.summary.text)} [${report.summary.cite}]`);
    if (report.recommendations)
      lines.push(`- Recommendations: ${oneLine(report.recommendations.text)} [${report.recommendations.cite}]`);
    lines.push('');
  }
  if (item.keyFigures.length > 0) {
    lines.push('**Key figures**');
    for (const figure of item.keyFigures)
      lines.push(`- **${shortList(figure.figures)}**: ${excerpt(figure.sentence)} [${figure.cite}]`);
    lines.push('');
  }
  lines.push('**History**');
  if (item.history.length === 0) lines.push('- Nothing earlier on this topic in the indexed papers.');
  for (const meeting of item.history) {
    for (const entry of meeting.entries) {
      lines.push(`- ${formatMeetingDate(meeting.meetingDate)} — ${entry.title} [${entry.cite}]`);
      for (const point of entry.points) lines.push(`  - ${oneLine(point.text)} [${point.cite}]`);
      for (const resolution of entry.resolutions)
        lines.push(`  - Resolved: ${oneLine(resolution.text)} [${resolution.cite}]`);
    }
  }
  lines.push('');
  if (item.openAsks.length > 0) {
    lines.push('**Earlier asks on this topic**');
    for (const ask of item.openAsks) lines.push(renderAsk(ask));
    lines.push('');
  }
  return lines;
}

function renderPreviousMeeting(previous: PreviousMeeting): string[] {
  const cite = previous.cite ? ` [${previous.cite}]` : '';
  // Minutes older than a sitting the papers hold are the latest indexed, not the previous meeting's.
  const lines = previous.laterSitting
    ? [
        `## Latest minutes indexed: ${formatMeetingDate(previous.meetingDate)}`,
        '',
        `> The committee's papers for ${formatMeetingDate(previous.laterSitting)}, a later sitting, are indexed without its minutes.`,
        '',
      ]
    : [`## Previous meeting: ${formatMeetingDate(previous.meetingDate)}`, ''];
  if (previous.present.length > 0) lines.push(`- Present: ${previous.present.join(', ')}${cite}`);
  lines.push(`- Apologies: ${previous.apologies.length > 0 ? previous.apologies.join(', ') : 'none recorded'}${cite}`);
  if (previous.decisions.length > 0) {
    lines.push('', '**What it decided**');
    for (const decision of previous.decisions) {
      lines.push(`- Minute ${decision.minute} — ${decision.title} [${decision.cite}]`);
      for (const resolution of decision.resolutions) lines.push(`  - ${oneLine(resolution.text)} [${resolution.cite}]`);
    }
  }
  if (previous.followUps.length > 0) {
    lines.push('', '**Follow-ups it asked for**');
    for (const ask of previous.followUps) lines.push(renderAsk(ask));
  }
  lines.push('');
  return lines;
}

function shortList(figures: string[]): string {
  return figures.length > 4 ? `${figures.slice(0, 4).join(', ')}…` : figures.join(', ');
}

/** A long sentence is quoted around its figure: a quote starting mid-sentence says so. */
function excerpt(sentence: string): string {
  const line = oneLine(sentence);
  return /^\p{Ll}/u.test(line) ? `…${line}` : line;
}

function oneLine(text: string): string {
  return readableSegment(text);
}
