import { contentTerms } from '../text/tokenize.js';

// Words every committee paper uses about itself: they name no topic, so they never make two papers "about" the same thing.
const boilerplate = new Set(
  contentTerms(
    `update updates report reports progress outcome outcomes presentation present item items paper papers
    commission commissions select improving lives rotherham council borough meeting meetings committee
    chair members member officer officers service services briefing information overview summary year new`,
  ),
);

/** The distinct stemmed terms that name what a title or passage is about. */
export function topicTerms(text: string): string[] {
  return [...new Set(contentTerms(text).filter((term) => !boilerplate.has(term) && !/^\d/.test(term)))];
}
