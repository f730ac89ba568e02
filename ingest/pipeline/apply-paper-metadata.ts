import type { PaperMetadata, ParsedDocument } from '../../src/core/paper.js';

/** Where the site's web service and the parser told different stories about a paper. */
export interface MetadataDisagreement {
  field: 'committee' | 'meetingDate';
  parsed: string | null;
  site: string;
  part: number;
}

/**
 * The site's web service knows which committee and meeting a paper belongs to; the parser only
 * guesses from the text, so the site wins and each disagreement is reported. Minutes dated before
 * the meeting are the previous meeting's, put to this one for approval: they keep their own date.
 */
export function applyPaperMetadata(
  document: ParsedDocument,
  metadata: PaperMetadata,
): { document: ParsedDocument; disagreements: MetadataDisagreement[] } {
  const disagreements: MetadataDisagreement[] = [];
  const parts = document.parts.map((part, index) => {
    const next = { ...part, url: metadata.url };
    if (metadata.committee !== undefined) {
      // Capitals differ between a heading and the site's list without the two disagreeing.
      if (part.committee.toLowerCase() !== metadata.committee.toLowerCase()) {
        disagreements.push({ field: 'committee', parsed: part.committee, site: metadata.committee, part: index });
      }
      next.committee = metadata.committee;
    }
    const earlierMinutes =
      part.kind === 'minutes' && part.meetingDate !== null && metadata.meetingDate !== undefined
        ? part.meetingDate < metadata.meetingDate
        : false;
    if (metadata.meetingDate !== undefined && part.meetingDate !== metadata.meetingDate && !earlierMinutes) {
      disagreements.push({ field: 'meetingDate', parsed: part.meetingDate, site: metadata.meetingDate, part: index });
      next.meetingDate = metadata.meetingDate;
    }
    return next;
  });
  return { document: { ...document, parts }, disagreements };
}
