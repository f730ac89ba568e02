import { describe, expect, it } from 'vitest';
import type { MinuteItem, Resolution } from '../core/paper.js';
import { loggedAlready } from './logged-already.js';
import type { ActionLogRow } from './read-action-log.js';
import { readAsk } from './read-ask.js';

const notes = [
  '3. Phone access',
  'ACTION: JT to publish call waiting figures monthly from June 2034.',
  '4. Garden',
  'ACTION: JT to write to the council about the hedge.',
  '5. Survey',
  'ACTION: RA and CB to draft the survey questions by 15th May 2034.',
  'Action log',
  'Publish call waiting figures monthly\tJT\tJune 2034',
  'Draft patient survey questions\tRA / CB\t15th May 2034',
  'Write to the bus operator about the timetable\tJT\tJuly 2034',
].join('\n');

function span(words: string): Resolution {
  const start = notes.indexOf(words);
  return { text: words, start, end: start + words.length };
}

function item(number: string, title: string, next: string): MinuteItem {
  const start = notes.indexOf(`${number}. ${title}`);
  return { number, title, start, bodyStart: start + title.length + 4, end: notes.indexOf(next) - 1, resolutions: [] };
}

function row(what: string, owner: string): ActionLogRow {
  return { resolution: span(what), ask: { what, owner } };
}

describe('loggedAlready', () => {
  const items = [
    item('3', 'Phone access', '4. Garden'),
    item('4', 'Garden', '5. Survey'),
    item('5', 'Survey', 'Action log'),
  ];
  const rows = [
    row('Publish call waiting figures monthly', 'JT'),
    row('Draft patient survey questions', 'RA / CB'),
    row('Write to the bus operator about the timetable', 'JT'),
  ];
  const logged = (line: string, at: MinuteItem) => loggedAlready(rows, items, at, span(line), readAsk(line)!);

  it("finds an action line the minutes' own log lists again with its owner and due date", () => {
    expect(logged('ACTION: JT to publish call waiting figures monthly from June 2034.', items[0]!)).toBe(true);
    expect(logged('ACTION: RA and CB to draft the survey questions by 15th May 2034.', items[2]!)).toBe(true);
  });

  it('keeps an action the log does not list, though its owner and verb are those of a row', () => {
    expect(logged('ACTION: JT to write to the council about the hedge.', items[1]!)).toBe(false);
  });
});
