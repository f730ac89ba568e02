import { splitSegments } from '../../core/sentences.js';
import { contentTerms } from '../../core/tokenize.js';
import { personTitles } from './answer-kinds.js';
import { askedPersonTopic } from './asked-person-topic.js';

const titles = new Set(contentTerms(personTitles.replaceAll('|', ' ')));
// Words that describe whoever spoke ("the members", "residents", "the clerk", "the council") rather than name
// one person: the minutes speak of such a speaker in other words, so their absence from a quote proves nothing.
const describedSpeakers = new Set(
  contentTerms(
    'member members councillor councillors officer officers resident residents parishioner public council committee ' +
      'chair chairman chairperson clerk staff cabinet leader director engineer manager government minister board ' +
      'group parent parents people someone anyone everyone they he she we panel speaker speakers representative',
  ),
);
// "Apologies were received from Tom Foy", "Cllr Briston sent his apologies": named as away, not as speaking.
const apologies = /\bapolog/i;
// "Present:- Councillors Clark, Elliot …", "In attendance: …": named as there, not as speaking. The chair is the
// exception ("Councillor Cusworth (in the Chair)"): minutes record the chair's words as "the Chair" said.
const attendance = /^\W*(?:present|(?:also )?in attendance|attendees|members present)\b/i;
const chairNamed = /[^;,:(]*\((?:in the )?chair(?:man|person)?\)/gi;

/**
 * Asked what a named person said or reported on a topic ("what did Tom Foy report about the village hall?"),
 * minutes whose passages on the topic never name them, or name them only among the apologies, record no word of
 * theirs: quoting what others said on it reads as that person's contribution. The passages, not only the lines
 * quoted, are searched: a line after the one introducing a speaker ("She added that …") is still their word.
 */
export function omitsPersonAsked(question: string, passageTexts: readonly string[]): boolean {
  // "What did Cllr Clark ask about the survey?" asks for the member's own words as "say" does. Read so here only:
  // elsewhere "what did the trustees ask about" is answered by what the body asked, which needs no one named.
  const asked = askedPersonTopic(question.replace(/\bask(?=\s+(?:about|on|regarding)\b)/i, 'say'));
  if (!asked) return false;
  const name = [...asked.person].filter((stem) => !titles.has(stem));
  if (name.length === 0 || name.some((stem) => describedSpeakers.has(stem))) return false;
  const named = new Set(passageTexts.flatMap((text) => notAway(text).flatMap((line) => contentTerms(line))));
  return !name.some((stem) => named.has(stem));
}

/**
 * The lines of a passage, less those naming who sent apologies or was present: on the label's line or under it
 * ("Apologies:"), the chair named among those present kept.
 */
function notAway(text: string): string[] {
  const lines: string[] = [];
  let underLabel = false;
  for (const { text: line } of splitSegments(text)) {
    const listed = apologies.test(line) || attendance.test(line);
    if (!listed && !underLabel) lines.push(line);
    if (attendance.test(line)) lines.push(...(line.match(chairNamed) ?? []));
    underLabel = listed && line.length <= 40;
  }
  return lines;
}
