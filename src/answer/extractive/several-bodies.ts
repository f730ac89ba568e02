import { escapeRegExp } from '../../core/escape-reg-exp.js';
import type { TypedBody } from '../../search/analyze-question.js';
import type { Answer } from '../answer.js';

// A body typed by its words in a run, with whatever separates them ("West Dereham", "west-dereham", "Kent's").
function typedPattern(body: TypedBody): string {
  return String.raw`\b${body.typed.map(escapeRegExp).join(String.raw`[^\p{L}\d]+`)}(?:['’]s)?\b`;
}

/**
 * The question asked of one of the bodies it names side by side: the others left out with the word that joins
 * them ("what did Stoke Ferry and West Dereham each pay …" → "what did West Dereham pay …"), and "each", "both"
 * or "respectively", which only spoke of several. Undefined when a body is not found as typed.
 */
export function questionForBody(question: string, bodies: TypedBody[], index: number): string | undefined {
  let asked = question;
  for (const [other, body] of bodies.entries()) {
    if (other === index) continue;
    const typed = typedPattern(body);
    const before = new RegExp(String.raw`\s*(?:,\s*|\s+(?:and|or|versus|vs|nor)\s+)(?:the\s+)?${typed}`, 'iu');
    const after = new RegExp(String.raw`${typed}\s*(?:,\s*|\s+(?:and|or|versus|vs|nor)\s+)(?:the\s+)?`, 'iu');
    const left = before.test(asked) ? asked.replace(before, '') : asked.replace(after, '');
    if (left === asked) return undefined;
    asked = left;
  }
  const kept = typedPattern(bodies[index]!);
  return asked
    .replace(new RegExp(String.raw`\bboth\s+(?:the\s+)?(?=${kept})`, 'iu'), '')
    .replace(new RegExp(String.raw`(${kept})\s+(?:each|both|respectively)\b`, 'iu'), '$1')
    .replace(/\s+(?:each|respectively)(?=\s*[?.!]?\s*$)/i, '');
}

/**
 * One answer from the answers asked of each body: each body's quotes in turn, their citations numbered on, and
 * a line saying which body the papers hold nothing for. Undefined when none is answered: the question is then
 * answered, or abstained on, as one.
 */
export function answerForEachBody(bodies: TypedBody[], answers: Answer[]): Answer | undefined {
  if (answers.every((answer) => answer.abstained)) return undefined;
  const texts: string[] = [];
  const citations: Answer['citations'] = [];
  for (const [index, answer] of answers.entries()) {
    const body = bodies[index]!;
    if (answer.abstained) {
      texts.push(`Nothing on that for ${body.name} in the papers.`);
      continue;
    }
    const offset = citations.length;
    texts.push(answer.text.replace(/\[(\d+)\]/g, (_, n: string) => `[${Number(n) + offset}]`));
    citations.push(...answer.citations.map((citation) => ({ ...citation, n: citation.n + offset })));
  }
  return {
    text: texts.join('\n\n'),
    citations,
    abstained: false,
    passages: answers.flatMap((answer) => answer.passages),
  };
}
