import type { Citation } from '../core/citation.js';
import type { PartKind } from '../core/paper.js';
import type { CitedText } from '../meeting-papers/create-citation-list.js';

/** What was ingested in a period, by meeting, and what meets soon. */
export interface Digest {
  /** ISO timestamps: papers ingested at or after `since` and up to `now`. */
  since: string;
  now: string;
  meetings: DigestMeeting[];
  upcoming: UpcomingMeeting[];
  citations: Citation[];
}

export interface DigestMeeting {
  committee: string;
  meetingDate: string | null;
  agenda?: DigestAgenda;
  /** From minutes: each item's resolutions. */
  decisions: { minute: string; title: string; cite: number; resolutions: CitedText[] }[];
  /** From minutes: the items that record no resolution, so a meeting whose minutes resolve nothing still shows its business. */
  discussed: { minute: string; title: string; cite: number }[];
  /** A decision notice's or record of decision's decision, said to be proposed when the record is. */
  reports: { title: string; cite: number; summary?: CitedText; decision?: CitedText & { proposed: boolean } }[];
  /** A transcript lists its main speakers, as it records no decisions. */
  otherPapers: { title: string; kind: PartKind; cite: number; speakers?: string[] }[];
}

export interface DigestAgenda {
  time?: string;
  venue?: string;
  cite: number;
  items: { number: string; title: string; cite: number }[];
}

export interface UpcomingMeeting {
  committee: string;
  date: string;
  time?: string;
  venue?: string;
  /** An agenda for the meeting, or the "next meeting" notice of an earlier agenda. */
  from: 'agenda' | 'next-meeting notice';
  cite: number;
}
