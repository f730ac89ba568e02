import { splitSegments } from '../core/sentences.js';

/**
 * The first sentences of a report's summary, up to about `maxWords`: a digest line says what a report is
 * about, and the full summary is one click away in the cited paper. A first sentence longer than the limit
 * is kept whole, as a sentence cut in the middle could say something the paper does not.
 */
export function openingSentences(text: string, maxWords = 60): string {
  const sentences = splitSegments(text).map((segment) => segment.text);
  const kept: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const count = sentence.split(/\s+/).length;
    if (kept.length > 0 && words + count > maxWords) break;
    kept.push(sentence);
    words += count;
  }
  const opening = kept.join(' ');
  return kept.length < sentences.length ? `${opening} …` : opening;
}
