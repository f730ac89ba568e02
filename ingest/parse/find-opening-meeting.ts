import { titleCase } from '../../src/core/committee-names.js';
import { findMeetingDate } from './find-meeting-date.js';

export interface OpeningMeeting {
  committee?: string;
  /** The council named before the committee ("… City Council Planning Committee"). */
  authority?: string;
  meetingDate?: string;
}

// How far into a recording the chair has opened the meeting.
const openingLength = 600;
// "This is the …", "Welcome (everyone) to (this / tonight's) …", "… meeting of the …": the chair names the body.
const introduction =
  /\b(?:this\s+is\s+(?:the\s+)?|welcome\s+(?:\w+\s+)?to\s+(?:the\s+|this\s+|tonight's\s+|today's\s+|our\s+)?|(?:meeting|session|sitting)\s+of\s+(?:the\s+)?)/gi;
// What the chair welcomes people to may be the meeting before the body: "… to this meeting of the Planning Committee".
const meetingOf = /^(?:\w+\s+)?(?:meeting|session|sitting)\s+of\s+(?:the\s+)?/i;
const bodyWord = /^(?:committee|sub-committee|commission|board|panel|cabinet|council|forum|assembly|authority)$/i;
const connector = /^(?:of|the|and|for|&)$/i;
// A body's name is a few words: "Ferrisby City Council Transport and Environment Committee".
const maxNameWords = 9;

/**
 * The committee and date a recording's chair says when opening the meeting ("Good evening, this is the
 * Planning Committee, meeting on Tuesday 3 March 2026"), for captions that print no heading. Only a body
 * named in capitals (or a recording all in capitals) is taken, and only a date said in the same sentence,
 * so a passing mention of "the committee" or a date spoken about something else is not read as the meeting.
 */
export function findOpeningMeeting(opening: string): OpeningMeeting {
  const start = opening.slice(0, openingLength);
  // Automatic captions print neither capitals nor stops: each caption line is a sentence, and the body is
  // the words before "committee", "council", … after the introduction, the council's possessive kept apart.
  const uncased = start === start.toLowerCase();
  const sentences = start.split(uncased ? /\n+/ : /(?<=[.!?])\s+/);
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(introduction)) {
      const name = bodyName(sentence.slice(match.index + match[0].length).replace(meetingOf, ''), uncased);
      if (!name) continue;
      const meetingDate = findMeetingDate(sentence);
      return { ...splitCouncil(name), ...(meetingDate ? { meetingDate } : {}) };
    }
  }
  return {};
}

function bodyName(rest: string, uncased: boolean): string | undefined {
  const words = rest
    .split(/[,.;:!?()]/)[0]!
    .trim()
    .split(/\s+/)
    .slice(0, maxNameWords);
  const spokenInCapitals = rest === rest.toUpperCase();
  for (let end = words.length; end > 0; end -= 1) {
    if (!bodyWord.test(words[end - 1]!)) continue;
    const name = words.slice(0, end);
    // Uncased, "the committee" alone is a passing mention: a name has a word before its body word.
    if (uncased) return name.length > 1 && !connector.test(name[0]!) ? name.join(' ') : undefined;
    if (name.every((word) => connector.test(word) || spokenInCapitals || /^\p{Lu}/u.test(word))) return name.join(' ');
  }
  return undefined;
}

/** "Ferrisby City Council Transport and Environment Committee": the committee met, of the council named first. */
function splitCouncil(name: string): Pick<OpeningMeeting, 'committee' | 'authority'> {
  const cased = name === name.toUpperCase() || name === name.toLowerCase() ? titleCase(name) : name;
  const council = /^(.+?\bcouncil)(?:'s|’s)?\s+(.+)$/i.exec(cased);
  return council ? { authority: council[1]!, committee: council[2]! } : { committee: cased };
}
