import type { MinuteItem, Resolution } from '../core/paper.js';
import { contentTerms } from '../core/tokenize.js';
import type { ActionLogRow } from './read-action-log.js';
import type { Ask } from './read-ask.js';

// Enough of a log row's words, and at least two, for a line of the minutes to be the same action.
const sameActionShare = 0.5;
const sameActionTerms = 2;

/**
 * Whether the minutes' own action log lists this ask again, better: with its owner and due date in columns. Notes
 * print "ACTION: CB to publish call answering figures monthly" under the item and "Publish call answering figures
 * monthly | CB | May" in the log; a table's "Resolved to close the zip wire" sits beside its "Action" cell. The row
 * must be the same item's or have the same owner, and carry mostly the same words; or carry all its words.
 */
export function loggedAlready(
  rows: ActionLogRow[],
  items: MinuteItem[],
  item: MinuteItem,
  resolution: Resolution,
  ask: Ask,
): boolean {
  const said = new Set(contentTerms(`${item.title} ${resolution.text}`));
  return rows.some((row) => {
    const rowItem = row.minute
      ? items.find((candidate) => candidate.number === row.minute)
      : items.find((candidate) => candidate.start <= row.resolution.start && row.resolution.end <= candidate.end);
    const terms = [...new Set(contentTerms(row.ask.what))];
    const shared = terms.filter((term) => said.has(term)).length;
    // Every word of the row in the line, and at least three, is the same action whoever the line names.
    const whole = shared === terms.length && shared > sameActionTerms;
    if (rowItem !== item && !sameOwner(row.ask.owner, ask.owner) && !whole) return false;
    return shared >= sameActionTerms && shared >= terms.length * sameActionShare;
  });
}

/** "RA / CB" and "RA and CB" are the same two people. */
function sameOwner(first: string | undefined, second: string | undefined): boolean {
  if (!first || !second) return false;
  const people = (owner: string) =>
    owner
      .toLowerCase()
      .split(/\s*(?:\/|&|,|\band\b)\s*/)
      .filter(Boolean)
      .sort()
      .join('|');
  return people(first) === people(second);
}
