import type { Answer, RetrievedPassage } from '../answer.js';

export const abstentionText = 'I found nothing on that in the papers.';

/** The honest answer when the papers do not support one: no claims, no citations. */
export function abstain(passages: RetrievedPassage[]): Answer {
  return { text: abstentionText, citations: [], abstained: true, passages };
}
