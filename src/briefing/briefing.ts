import type { TrackedAction } from '../actions/tracked-action.js';
import type { Citation } from '../core/citation.js';
import type { PartKind } from '../core/paper.js';
import type { CitedText } from '../meeting-papers/create-citation-list.js';
import type { MinuteDecision } from '../meeting-papers/minute-decisions.js';

/** A statement and the citation numbers that support it. */
export interface Briefing {
  committee: string;
  meetingDate: string;
  time?: string;
  venue?: string;
  /** Citation of the agenda's meeting details, or of the work programme's row for a planned sitting. */
  cite: number;
  /**
   * Set when no agenda of the sitting is indexed and its items are the business a work programme plans
   * for it: the programme's title and the meeting whose papers printed it.
   */
  planned?: { title: string; meetingDate: string | null };
  /** No agenda is indexed: the items are the meeting's minuted items. */
  minuted?: boolean;
  /** Said when the meeting was not exactly the one asked for ("no agenda after today: the latest"). */
  note?: string;
  standingItems: { number: string; title: string; cite: number }[];
  items: BriefingItem[];
  previousMeeting?: PreviousMeeting;
  citations: Citation[];
}

export interface BriefingItem {
  number: string;
  title: string;
  description: string;
  cite: number;
  report?: AttachedReport;
  /** Earlier papers on the same topic, newest meeting first. */
  history: HistoryMeeting[];
  keyFigures: KeyFigure[];
  /** Earlier requests on this topic, and whether a later paper appears to deliver them. */
  openAsks: TrackedAction[];
}

export interface AttachedReport {
  title: string;
  author?: string;
  cite: number;
  summary?: CitedText;
  recommendations?: CitedText;
}

export interface KeyFigure {
  figures: string[];
  sentence: string;
  cite: number;
}

export interface HistoryMeeting {
  committee: string;
  meetingDate: string;
  entries: HistoryEntry[];
}

export interface HistoryEntry {
  kind: PartKind;
  /** "Minute 49 — Domestic Abuse Update", a report title, or "Agenda item 8 — …". */
  title: string;
  minute?: string;
  cite: number;
  /** Discussion passages that match the topic. */
  points: CitedText[];
  resolutions: CitedText[];
}

export interface PreviousMeeting {
  committee: string;
  meetingDate: string;
  present: string[];
  apologies: string[];
  /** Citation of the attendance record. */
  cite?: number;
  /** What it decided, item by item. */
  decisions: MinuteDecision[];
  /** Its resolutions that asked for something to come back. */
  followUps: TrackedAction[];
  /**
   * A later sitting before the meeting briefed whose papers are indexed but not its minutes: these minutes
   * are then the latest indexed, not the previous meeting's.
   */
  laterSitting?: string;
}
