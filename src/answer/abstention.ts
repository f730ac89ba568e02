import type { RetrievedPassage } from '../search/retrieval.js';
import type { Answer } from './answer.js';

export const abstentionText =
  'I found nothing on that in the papers. Try a narrower or differently worded question — for example name the item, the report or the meeting date.';

export function abstain(passages: RetrievedPassage[]): Answer {
  return { text: abstentionText, citations: [], abstained: true, passages };
}
