import { describe, expect, it } from 'vitest';
import type { MinuteItem, Part } from '../core/paper.js';
import type { StoredPart } from '../store/index-store.js';
import { findActions } from './find-actions.js';

// Invented minutes: a Resolved block that only notes, with the officers' actions minuted as labelled lines.
const text = [
  '14. Allotment Water Supply',
  'The Parks Manager reported that the standpipes at Gorse Lane had frozen twice this winter.',
  'Members discussed lagging the pipes.',
  'ACTION: Parks Manager to obtain quotes for lagging the Gorse Lane standpipes by 31 March 2031.',
  'RESOLVED: That the report be noted.',
].join('\n');

const resolvedAt = text.indexOf('RESOLVED');
const item: MinuteItem = {
  number: '14',
  title: 'Allotment Water Supply',
  start: 0,
  bodyStart: text.indexOf('\n') + 1,
  end: text.length,
  resolved: { start: resolvedAt, end: text.length },
  resolutions: [{ text: 'That the report be noted.', start: text.indexOf('That the report'), end: text.length }],
};
const part: Part = {
  kind: 'minutes',
  committee: 'Environment Committee',
  meetingDate: '2031-01-20',
  title: 'Minutes',
  start: 0,
  end: text.length,
  sections: [],
  minutes: { present: [], apologies: [], items: [item], declarations: [] },
};
const minutes: StoredPart = { source: 'minutes.txt', ingestedAt: '2031-01-21T00:00:00Z', partIndex: 0, part };
// No later papers: nothing appears to deliver the ask.
const retriever = { retrieve: async () => [], inverseDocumentFrequency: () => 1, learnWeights: async () => {} };

describe('findActions', () => {
  it('reads an ACTION line beside a Resolved block that only notes, and nothing else of its discussion', async () => {
    const found = await findActions({ minutes: [minutes], retriever, documentText: () => text });
    expect(found.map((action) => [action.ask.owner, action.ask.when])).toEqual([['Parks Manager', 'by 31 March 2031']]);
  });

  it("reads a parish clerk's unpunctuated remarks one paragraph each", async () => {
    const notes = [
      '9. Items for Next Agenda',
      '',
      'Cllr Amos queried the bin by the pavilion - it is now emptied fortnightly. The Clerk to investigate',
      '',
      'Cllr Hurst advised the produce show will be on the 12 August',
      '',
      'Not happy with the state of the bus shelter glass',
    ].join('\n');
    const body = notes.indexOf('Cllr Amos');
    const parish: StoredPart = {
      ...minutes,
      part: {
        ...part,
        end: notes.length,
        minutes: {
          present: [],
          apologies: [],
          declarations: [],
          items: [
            {
              number: '9',
              title: 'Items for Next Agenda',
              start: 0,
              bodyStart: body,
              end: notes.length,
              resolutions: [],
            },
          ],
        },
      },
    };
    const found = await findActions({ minutes: [parish], retriever, documentText: () => notes });
    expect(found.map((action) => action.resolution.text)).toEqual([
      'Cllr Amos queried the bin by the pavilion - it is now emptied fortnightly. The Clerk to investigate',
    ]);
    expect(found[0]?.ask.when).toBeUndefined();
  });
});
