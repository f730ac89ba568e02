import type { PartKind } from './paper.js';

/** A retrievable passage: never spans two minute items or two reports. */
export interface Chunk {
  /** Stable id: the document's sha256 prefix and the chunk's ordinal. */
  id: string;
  source: string;
  documentSha: string;
  ordinal: number;
  partIndex: number;
  kind: PartKind;
  committee: string;
  /** The council or authority whose paper it is, when its title block names one other than the committee. */
  authority?: string;
  meetingDate: string | null;
  /** Title of the part (report title, "Minutes", "Agenda"…). */
  partTitle: string;
  minute?: string;
  minuteTitle?: string;
  /** Section within the item or part: "Resolved", "Attendance", "Declarations", a report heading… */
  section?: string;
  /** committee › meeting date › minute number and title › section */
  headingPath: string[];
  exempt: boolean;
  /**
   * The header row, as printed, of the table the chunk opens inside, when that header stands in an earlier chunk:
   * a long register's later rows are found by and read with their columns' names ("Risk owner", "Target date").
   */
  tableHeader?: string;
  /** Verbatim source text: documentText.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** 1-based line of `start` in the document text. */
  line: number;
  /** 1-based PDF page where the chunk starts; papers without pages (markdown, HTML, text) have none. */
  page?: number;
  /** Document offsets inside the chunk where a later page begins, so a quote can name its own page. */
  pageBreaks?: number[];
  /** Where the paper is published (a council site's document URL), when it came from one. */
  url?: string;
  /** Transcripts: who speaks in the chunk, in order of first turn. */
  speakers?: string[];
  /** Transcripts: where each turn (or the part of a long turn) in the chunk starts, as document offsets. */
  speakerTurns?: { speaker: string; start: number }[];
}

/** A chunk's id from its document's sha256 and its ordinal (the form ingest/chunk gives every chunk). */
export function chunkId(documentSha: string, ordinal: number): string {
  return `${documentSha.slice(0, 16)}:${ordinal}`;
}
