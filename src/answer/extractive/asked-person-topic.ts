import { contentTerms } from '../../core/tokenize.js';

// "What did Jo Bell say about the harbour wall?", "what did members think of the new rota": whose words on what.
const personOnTopic =
  /\bwhat did (.{2,60}?) (?:say|think|feel|argue|comment|raise|report|tell (?:the )?[\w ]{0,30}?)\s+(?:about|of|on|regarding|in relation to)\s+(.+)$/i;

// "What was Jo Bell's view on the harbour wall?", "what was the chief executive's main worry about staffing": the
// same ask put as the person's own stance, whose words on what.
const personStanceOnTopic =
  /\bwhat (?:was|were|is|are) (.{2,60}?)['’]s? (?:(?:main|biggest|chief|key|principal|overall|real|own) )?(?:views?|position|opinions?|worr(?:y|ies)|concerns?|stance|objections?)\s+(?:about|of|on|regarding|over|in relation to)\s+(.+)$/i;

function personAndTopic(question: string): RegExpExecArray | null {
  const asked = question.replace(/[?.!]+\s*$/, '');
  return personOnTopic.exec(asked) ?? personStanceOnTopic.exec(asked);
}

export interface PersonTopic {
  person: Set<string>;
  topic: Set<string>;
}

/**
 * The stems of the person and of the topic a question asks about in "what did <person> say about <topic>" or
 * "what was <person>'s view on <topic>".
 */
export function askedPersonTopic(question: string): PersonTopic | undefined {
  const match = personAndTopic(question);
  if (!match) return undefined;
  const person = new Set(contentTerms(match[1]!));
  const topic = new Set(contentTerms(match[2]!).filter((stem) => !person.has(stem)));
  return person.size > 0 && topic.size > 0 ? { person, topic } : undefined;
}

/**
 * The stems of a person the question asks about by a description of two words or more rather than a name
 * ("what did the fire chief say about …", "the food bank's representative"): the words that pick out one
 * office or role, to be found in the papers. One word ("the members", "the group") names whoever spoke.
 */
export function askedDescription(question: string): string[] | undefined {
  const match = personAndTopic(question);
  const described = /^(?:the|a|an)\s+(.+)$/i.exec(match?.[1]?.trim() ?? '')?.[1];
  if (!described) return undefined;
  const stems = [...new Set(contentTerms(described))];
  return stems.length > 1 ? stems : undefined;
}

/**
 * A line naming the person and nothing of the topic (the chair welcoming them, their job title) says who
 * spoke, not what they said on it.
 */
export function namesPersonOffTopic(asked: PersonTopic, present: Set<string>): boolean {
  return [...asked.person].some((stem) => present.has(stem)) && ![...asked.topic].some((stem) => present.has(stem));
}

// "The Director of Service stated that the matter would be kept under review": minutes retelling what was said.
const speechVerb =
  /\b(?:stated|said|advised|informed|explained|confirmed|indicated|replied|responded|commented|clarified|assured|undertook|agreed)\b/i;

/**
 * A line retelling what someone said ("The Director … stated that the matter would be kept under review")
 * answers "what did they say", though under its item it need not repeat the item's words; a line only
 * naming them (the chair welcoming them, their job title) does not.
 */
export function reportsWords(text: string): boolean {
  return speechVerb.test(text);
}
