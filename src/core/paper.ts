// The structured model of a council paper. Every span is a pair of character offsets into the
// document's extracted text, so any passage can be cited back to its place.

export const partKinds = ['agenda', 'minutes', 'report', 'work-programme', 'transcript', 'other'] as const;
export type PartKind = (typeof partKinds)[number];

export interface Span {
  start: number;
  end: number;
}

export interface Attendee {
  name: string;
  chair: boolean;
}

export interface Resolution extends Span {
  /** "1", "2"… when the resolution list is numbered. */
  number?: string;
  text: string;
}

export interface Declaration extends Span {
  member: string;
  /** The minute number the interest relates to, when stated. */
  minute?: string;
  text: string;
}

export interface MinuteItem extends Span {
  number: string;
  title: string;
  /** Where the item's body starts (after its heading line). */
  bodyStart: number;
  resolutions: Resolution[];
  /** The whole "Resolved:" block, when the item has one. */
  resolved?: Span;
}

export interface MinutesDetail {
  present: Attendee[];
  apologies: string[];
  /** Span of the Present/Apologies header, used to cite attendance. */
  attendance?: Span;
  items: MinuteItem[];
  declarations: Declaration[];
}

export interface AgendaItem extends Span {
  number: string;
  title: string;
  description: string;
}

export interface NextMeeting extends Span {
  date: string;
  time?: string;
  venue?: string;
}

export interface AgendaDetail {
  time?: string;
  venue?: string;
  items: AgendaItem[];
  nextMeeting?: NextMeeting;
  /** What follows the last item: the exempt-items notice, the officer's signature. */
  closing?: Span;
}

export interface ReportDetail {
  title: string;
  author?: string;
  /** The decision's reference as the sheet prints it ("Decision No: 24/00096"), when it has one. */
  decisionNumber?: string;
  /** null when the summary sheet does not say. */
  exempt: boolean | null;
  summary?: string;
  recommendations?: string;
}

/** One speaker's turn in a verbatim transcript, from the speaker's label to the next turn. */
export interface SpeakerTurn extends Span {
  speaker: string;
}

export interface Section extends Span {
  heading: string;
}

export interface Part extends Span {
  kind: PartKind;
  committee: string;
  /**
   * The council or authority whose paper this is, printed in the paper's title block ("Westbury Town Council"
   * over its Community Committee's minutes), when that is not the committee itself.
   */
  authority?: string;
  /** ISO date of the meeting this part belongs to; null when the paper does not say. */
  meetingDate: string | null;
  title: string;
  /** The part is marked exempt from publication (Schedule 12A, "NOT FOR PUBLICATION", a restricted classification). */
  exempt?: boolean;
  minutes?: MinutesDetail;
  agenda?: AgendaDetail;
  report?: ReportDetail;
  /** Transcripts only: the speaker turns, in order. */
  turns?: SpeakerTurn[];
  /** Headed sections for parts without finer structure (reports, work programmes, other). */
  sections: Section[];
  /** Where the paper holding this part is published, when it came from a council site. */
  url?: string;
}

/** Whether a part is exempt from the press and public, by its own marking or its summary sheet's. */
export function isPartExempt(part: Pick<Part, 'exempt' | 'report'>): boolean {
  return part.exempt === true || part.report?.exempt === true;
}

/** What a council site's web service says about a paper; it wins over what parsing guesses. */
export interface PaperMetadata {
  url: string;
  committee?: string;
  /** ISO date of the meeting the paper was published for. */
  meetingDate?: string;
  meetingId?: string;
  agendaItem?: string;
  title?: string;
}

export interface ParsedDocument {
  /** Path of the input, as given to ingest (relative where possible). */
  source: string;
  sha256: string;
  text: string;
  parts: Part[];
  /** PDFs only: offset in `text` where each page begins (index 0 is page 1). */
  pageStarts?: number[];
}
