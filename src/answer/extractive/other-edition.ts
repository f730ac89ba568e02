import { stem } from '../../core/tokenize.js';

// "the 2019 lifestyle survey", "the 2030 plan": a year typed before a thing says which edition of it is asked.
const editionAsked = /\bthe\s+((?:19|20)\d{2})\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?(?:\s+([a-z][\w-]*))?/i;
const word = /[\p{L}\d][\p{L}\d-]*/gu;
const year = /^(?:19|20)\d{2}$/;

/**
 * "When was the 2019 lifestyle survey published?" asks of that year's survey: passages that print the survey only
 * with another year bound to it ("Lifestyle Survey 2018", "the 2018 survey") are about another edition. A year
 * told of something else ("schools will take part again in 2019") binds nothing, and a passage printing the
 * asked year with the thing ("the Survey 2019") answers. Any of the up to three words after the year may be the
 * thing ("the 2015 Act contains …"): only when one is printed with another year and none with the asked one.
 */
export function onlyOtherEdition(question: string, texts: string[]): boolean {
  const asked = editionAsked.exec(question);
  if (!asked) return false;
  const heads = asked.slice(2).filter((head): head is string => head !== undefined);
  const bound = new Map(heads.map((head) => [stem(head.toLowerCase()), new Set<string>()]));
  for (const text of texts) {
    const words = [...text.matchAll(word)].map((match) => match[0]);
    words.forEach((token, index) => {
      const years = bound.get(stem(token.toLowerCase()));
      if (!years) return;
      // The year printed just after the thing, or up to three words before it.
      for (const near of [words[index + 1], ...words.slice(Math.max(0, index - 3), index)])
        if (near && year.test(near)) years.add(near);
    });
  }
  const printed = [...bound.values()];
  return printed.some((years) => years.size > 0) && !printed.some((years) => years.has(asked[1]!));
}
