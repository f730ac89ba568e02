import { readFileSync } from 'node:fs';
import type { Chunk } from '../../src/core/chunk.js';
import type { RetrievedPassage } from '../../src/search/retrieval.js';

// Passages cut from a real paper at known places, standing in for the retriever.

export const corpusSource = 'corpus/000_71088af9a53d8a0a.txt';
export const corpusText = readFileSync(new URL(`../../${corpusSource}`, import.meta.url), 'utf8');
const committee = 'Improving Lives Select Commission';

interface PassageSpec {
  from: string;
  to: string;
  kind: Chunk['kind'];
  meetingDate: string;
  partTitle: string;
  minute?: string;
  minuteTitle?: string;
  section?: string;
}

function passageBetween(spec: PassageSpec, ordinal: number): RetrievedPassage {
  const start = corpusText.indexOf(spec.from);
  const end = corpusText.indexOf(spec.to, start);
  if (start < 0 || end < 0) throw new Error(`Passage markers not found: ${spec.from} … ${spec.to}`);
  const minuteHeading = spec.minute ? [`${spec.minute} ${spec.minuteTitle ?? ''}`.trim()] : [];
  const chunk: Chunk = {
    id: `71088af9a53d:${ordinal}`,
    source: corpusSource,
    documentSha: '71088af9a53d8a0a',
    ordinal,
    partIndex: spec.kind === 'agenda' ? 0 : 1,
    kind: spec.kind,
    committee,
    meetingDate: spec.meetingDate,
    partTitle: spec.partTitle,
    minute: spec.minute,
    minuteTitle: spec.minuteTitle,
    section: spec.section,
    headingPath: [committee, spec.meetingDate, ...minuteHeading, ...(spec.section ? [spec.section] : [])],
    exempt: false,
    text: corpusText.slice(start, end),
    start,
    end,
    line: lineOf(start),
  };
  return { chunk, score: 1 / (ordinal + 1) };
}

export function lineOf(offset: number): number {
  return corpusText.slice(0, offset).split('\n').length;
}

/** Ids 1–4 as the model sees them: an agenda item of 5 December 2023 and three minutes of 31 October 2023. */
export const corpusPassages: RetrievedPassage[] = [
  passageBetween(
    {
      from: "**8. Looked After Children's Sufficiency Strategy",
      to: '**9. Domestic Abuse',
      kind: 'agenda',
      meetingDate: '2023-12-05',
      partTitle: 'Agenda',
    },
    8,
  ),
  passageBetween(
    {
      from: '**Resolved: - That**\n\n- 1) The Improving Lives',
      to: '**127. WORK PROGRAMME',
      kind: 'minutes',
      meetingDate: '2023-10-31',
      partTitle: 'Minutes',
      minute: '126',
      minuteTitle: 'Elective Home Education Presentation',
      section: 'Resolved',
    },
    40,
  ),
  passageBetween(
    {
      from: '**127. WORK PROGRAMME',
      to: '**128. IMPROVING LIVES',
      kind: 'minutes',
      meetingDate: '2023-10-31',
      partTitle: 'Minutes',
      minute: '127',
      minuteTitle: 'Work Programme',
    },
    41,
  ),
  passageBetween(
    {
      from: '**130. DATE AND TIME',
      to: '**Committee Name and Date',
      kind: 'minutes',
      meetingDate: '2023-10-31',
      partTitle: 'Minutes',
      minute: '130',
      minuteTitle: 'Date and Time of the Next Meeting',
    },
    44,
  ),
];
