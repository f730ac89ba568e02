import { personTitles } from './answer-kinds.js';

// "Who is the lead officer for …", "who's the quay report's author", "who wrote the report on …": a person asked for by
// the office they hold for an item or report; "who's responsible for the depot contract", "who ran the workshop":
// whoever runs or answers for a thing; "who gave the verbal update on …", "who presented the performance report":
// whoever brings an item to the meeting, whom its agenda line or minute names ("a verbal update from the Vice-Chair").
const asksOfficer =
  /\bwho\s+(?:gave|gives|give|presented|presents|present|delivered|delivers|deliver|provided|provides|introduced|introduces|will (?:give|present|deliver|provide|introduce))\b[^?]*\b(?:update|report|presentation|overview|briefing|item|paper)s?\b|\bwho(?:'s|’s| is| was| are| were| will be)?\s+(?:the\s+)?(?:lead|accountable|responsible|contact|named|link|report)\s+(?:officer|officers|author|authors|director)\b|\bwho(?:'s|’s| is| was)?\s+(?:the\s+)?author\b|\bwho\s+(?:wrote|authored|prepared|is writing)\s+(?:the|this|that|a)\b|\bwho(?:'s|’s| is| was| are| were| will be)?\s+(?:responsible|accountable|in charge)\b|\bwho\s+(?:ran|runs|led|leads|organised|organized|organises|organizes|hosted|hosts|facilitated|facilitates)\b/i;
// How papers print a person: by honorific, by contact details, or by the post they hold ("Jo Bell, Head of
// Service", "Strategic Director", "the Clerk").
const namesPerson = new RegExp(
  String.raw`\b(?:${personTitles})\b\.?\s+[A-Z]|@[\w-]+\.\w|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b(?:officer|officers|director|head of|manager|author|authors|clerk|chief|executive|co-?ordinator|advis[eo]r|commissioner|leader|chair(?:man|woman|person)?|lead member|superintendent|inspector|secretary|solicitor)\b`,
  'i',
);
// A person by first name and surname, as a report of who did what prints them without honorific or post: "Steve
// Grimshaw, who managed the scheme, …". The relative clause marks the capitalised pair as someone, not a place.
const namesPersonByName = /\b\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+,\s+who\b/u;
// A body that runs a thing for the council, by its name: "the Woodland Trust", "Harbourside Care Ltd".
const namesOrganisation =
  /\b\p{Lu}[\p{L}'’-]+\s+(?:Trust|Ltd|Limited|Police|Partnership|Foundation|Charity|CIC|plc)\b/u;

// "Who is the contact officer", "who wrote the report": the person a report names as its writer or contact.
const asksWriterOrContact =
  /\b(?:contact|report)\s+(?:officer|officers|author|authors)\b|\bauthor\b|\bwho\s+(?:wrote|authored|prepared)\b/i;
// How a report names its writer or contact: by contact details, a label ("Author", "Contact Officer", "Report
// by", "From:") or its writing ("written by"); a minute naming who introduced it names neither.
const printsWriterOrContact =
  /@[\w-]+\.\w|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b(?:contact|contacts|author|authors|authored|written by|prepared by|report by|report of)\b|^\s*from\s*:/im;

/** Whether the question asks for the officer or author of an item or report. */
export function asksForOfficer(question: string): boolean {
  return asksOfficer.test(question);
}

/**
 * "Who is the lead officer for the school meals review?" answered only by lines that name nobody: a work
 * programme's row ("School meals review · Awaiting date") or a report's title prints the item, not who leads it,
 * and quoting them reads as an answer the papers do not give. A line answers when it names a person by honorific,
 * contact details or post. Asked for its writer or contact officer, a line naming who presented it ("Ms Vale
 * introduced the report") is no answer: only one printing a writer's or contact's label or details is.
 */
export function omitsOfficerAsked(question: string, lines: string[]): boolean {
  if (!asksForOfficer(question) || lines.length === 0) return false;
  if (asksWriterOrContact.test(question)) return !lines.some((line) => printsWriterOrContact.test(line));
  return !lines.some((line) => namesPerson.test(line) || namesPersonByName.test(line) || namesOrganisation.test(line));
}
