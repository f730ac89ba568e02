import type { Citation } from '../core/citation.js';

/** A later paper or minute that seems to deliver an ask: a lead for a person to check, not a verdict. */
export interface Delivery {
  committee: string;
  meetingDate: string;
  /** "Minute 37 — …", a report title or an agenda item. */
  title: string;
  /** Citation number of the passage that suggests it. */
  cite: number;
}

/** A resolution that asked for something to come back: a report, an update, a briefing, a session… */
export interface TrackedAction {
  committee: string;
  meetingDate: string;
  minute: string;
  minuteTitle: string;
  /** The resolution as written. */
  text: string;
  /** What was asked for, as the resolution words it ("The Peer Review Report"). */
  what: string;
  /** Who is to do it, when stated ("the Clerk", "Cllr Baines"). */
  owner?: string;
  /** Who it goes to, when stated ("the Commission"). */
  who?: string;
  /** When it is due, when stated ("by December 2024", "once it is in the public domain"). */
  when?: string;
  /** "done": ticked in the minutes' own task list; "appears addressed": a later paper seems to deliver it. */
  status: 'open' | 'appears addressed' | 'done';
  delivery?: Delivery;
  cite: number;
}

export interface ActionList {
  actions: TrackedAction[];
  citations: Citation[];
  /** The topic filter, when one was given. */
  topic?: string;
  status?: TrackedAction['status'];
}
