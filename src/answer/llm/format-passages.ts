import { formatMeetingDate } from '../../core/dates.js';
import type { RetrievedPassage } from '../../search/retrieval.js';

/**
 * Lays passages out as numbered blocks between fence lines that carry a per-request random token.
 * A paper cannot close its own block early because it cannot know the token, so whatever it says
 * stays inside the data the system prompt tells the model never to obey.
 */
export function formatPassages(passages: RetrievedPassage[], fence: string): string {
  return passages
    .map(({ chunk }, index) => {
      const id = index + 1;
      const minute = chunk.minute ? `${chunk.minute}${chunk.minuteTitle ? ` ${chunk.minuteTitle}` : ''}` : 'none';
      const header = [
        `committee: ${oneLine(chunk.committee)}`,
        `meeting date: ${chunk.meetingDate ?? 'not stated'} (${formatMeetingDate(chunk.meetingDate)})`,
        `paper: ${chunk.kind}`,
        `minute: ${oneLine(minute)}`,
        `title: ${oneLine(chunk.minuteTitle ?? chunk.partTitle)}`,
        `section: ${oneLine(chunk.headingPath.join(' › '))}`,
        // A transcript passage: who speaks in it, so a claim can say who said what.
        ...(chunk.speakers?.length ? [`speakers: ${oneLine(chunk.speakers.join('; '))}`] : []),
      ];
      return [
        `<<<PASSAGE ${id} [fence ${fence}]>>>`,
        ...header.map((line) => line.replaceAll(fence, '')),
        'text:',
        chunk.text.replaceAll(fence, ''),
        `<<<END PASSAGE ${id} [fence ${fence}]>>>`,
      ].join('\n');
    })
    .join('\n\n');
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
