import type { Resolution, Span } from '../core/paper.js';
import type { Ask } from './read-ask.js';

/** One open row of a minutes' action log table, as an ask with its owner and due date. */
export interface ActionLogRow {
  /** The whole row, to cite; its text is the action cell. */
  resolution: Resolution;
  ask: Ask;
  /** The minute the row refers to ("ICB/33/013"), when the table has that column. */
  minute?: string;
  /** The item's title printed after its number in that column ("33/25 Bus shelter" gives "Bus shelter"). */
  itemTitle?: string;
}

// Board minutes close with their action log, a table with a column for each fact of an ask: "Action No  Meeting
// Item  Action  Owner  Due  Status". Its rows record no sentence a reader of asks would find, yet each is one.
const actionColumn = /^(?:actions?(?:\s+(?:required|agreed|description))?|description)$/i;
// A fire authority's "schedule of decisions" (Ref, Decision, Lead officer, Due) or a town council's minutes as one
// table (Minute, Item, Discussion, Resolved, Action by): a decision with someone named to carry it out is an action
// for them. A decision nobody is named for ("–") is the meeting's own business.
const decisionColumn = /^(?:decisions?|resolved|resolutions?|agreed)$/i;
const ownerColumn = /^(?:owner|lead|lead officer|responsible(?:\s+officer)?|by whom|who|action by|assigned to)$/i;
const dueColumn = /^(?:due|due date|date due|deadline|by when|by|target date|timescale|when)$/i;
const statusColumn = /^(?:status|progress|rag)$/i;
const minuteColumn = /^(?:item|minute|minute ref(?:erence)?|min(?:ute)?\s+no\.?|agenda item)$/i;
// A trustees' or board's log keyed "Ref": the minute the action came from ("31/48"), when the reference reads as a
// minute's number; an action's own serial ("PPG-32") is no minute.
const referenceColumn = /^(?:ref\.?|reference)$/i;
const minuteReference = /^(?:[A-Z]{1,4}[ ./]?)?\d+(?:[./]\d+)+$/;
// A closed row is delivered; the log keeps it only as a record.
const closedStatus = /^(?:closed|complete[d]?|done|completed and closed|delivered|superseded)\b/i;
const cellGap = /\t+|\s{2,}/;
// A typed table's last column, a due date, run into a long cell before it by a single space: "Deputy Chief Fire
// Officer January 2036".
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const runOnDue = new RegExp(
  `^(.*\\S)\\s((?:(?:\\d{1,2}\\s+)?(?:${months})|Q[1-4]|(?:spring|summer|autumn|winter))\\s+\\d{4}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4})$`,
  'i',
);
// A converter's markdown table ("| Item | Discussion | Action | Owner |") bounds its cells with pipes, and rules
// its header off with dashes; a cell with nothing to do holds a dash.
const pipeRow = /^\|(.*)\|$/;
// A plain-text export separates its cells with spaced pipes and no outer ones: "Action | Owner | Due | Status".
const spacedPipe = /\s\|\s/;
const ruleCell = /^:?-{3,}:?$/;
const emptyCell = /^[-–—]?$/;
// An item column printing the item's number before its title: "33/25 Bus shelter, Church Green".
const numberedItem = /^((?:[A-Z]{1,4}[ .]?)?\d+(?:[./]\d+)*[a-z]?)\.?\s+(\S.*)$/;

function cellsOf(line: string): string[] {
  const piped = pipeRow.exec(line.trim());
  if (piped) return piped[1]!.split('|').map((cell) => cell.trim());
  const spaced = line.trim().split(spacedPipe);
  if (spaced.length >= 3) return spaced.map((cell) => cell.trim());
  return line.trim().split(cellGap);
}

/** The open rows of every action log table in a span of a document's text. */
export function readActionLog(text: string, within: Span): ActionLogRow[] {
  const rows: ActionLogRow[] = [];
  let columns: {
    action: number;
    /** The action column holds decisions: a row is an action only when someone is named to carry it out. */
    decision: boolean;
    owner: number;
    due: number;
    status: number;
    minute: number;
    reference: number;
    count: number;
  } | null = null;
  let offset = within.start;
  for (const line of text.slice(within.start, within.end).split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const cells = cellsOf(line);
    if (cells.every((cell) => ruleCell.test(cell))) continue;
    if (cells.length >= 3) {
      const find = (pattern: RegExp) => cells.findIndex((cell) => pattern.test(cell.trim()));
      const named = find(actionColumn);
      const action = named >= 0 ? named : find(decisionColumn);
      const owner = find(ownerColumn);
      if (action >= 0 && owner >= 0) {
        columns = {
          action,
          decision: named < 0,
          owner,
          due: find(dueColumn),
          status: find(statusColumn),
          minute: find(minuteColumn),
          reference: find(referenceColumn),
          count: cells.length,
        };
        continue;
      }
    }
    if (!columns) continue;
    const runOn =
      columns.due === columns.count - 1 && cells.length === columns.count - 1 && runOnDue.exec(cells.at(-1)!);
    if (runOn) cells.splice(-1, 1, runOn[1]!, runOn[2]!);
    // The table ends at the first line that is not a full row.
    if (cells.length !== columns.count) {
      columns = null;
      continue;
    }
    const cell = (index: number) => (index >= 0 ? cells[index]!.trim() : '');
    if (closedStatus.test(cell(columns.status))) continue;
    const what = cell(columns.action);
    if (emptyCell.test(what)) continue;
    if (columns.decision && emptyCell.test(cell(columns.owner))) continue;
    const leading = line.length - line.trimStart().length;
    const ask: Ask = { what };
    if (!emptyCell.test(cell(columns.owner))) ask.owner = cell(columns.owner);
    const due = cell(columns.due);
    if (due) ask.when = /^(?:by|before|in|on|at|for)\b/i.test(due) ? due : `due ${due}`;
    const row: ActionLogRow = {
      resolution: { text: what, start: start + leading, end: start + line.trimEnd().length },
      ask,
    };
    const minute = cell(columns.minute);
    const numbered = numberedItem.exec(minute);
    if (numbered) {
      row.minute = numbered[1]!;
      row.itemTitle = numbered[2]!;
    } else if (minute) row.minute = minute;
    const reference = cell(columns.reference);
    if (columns.minute < 0 && minuteReference.test(reference)) row.minute = reference;
    rows.push(row);
  }
  return rows;
}
