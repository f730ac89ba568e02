import { describe, expect, it } from 'vitest';
import type { Briefing } from './briefing.js';
import { renderBriefingMarkdown } from './render-briefing-markdown.js';

const briefing: Briefing = {
  committee: 'Harbour Board',
  meetingDate: '2031-02-11',
  cite: 1,
  standingItems: [],
  items: [
    {
      number: '4',
      title: 'Quay Wall Repairs',
      description: '',
      cite: 2,
      history: [],
      openAsks: [],
      keyFigures: [
        { figures: ['£2.4m'], sentence: 'The repairs are costed at £2.4m.', cite: 3 },
        { figures: ['31%'], sentence: 'landings at the north quay fell by 31% over the winter', cite: 4 },
      ],
    },
  ],
  previousMeeting: {
    committee: 'Harbour Board',
    meetingDate: '2030-12-03',
    present: [],
    apologies: [],
    decisions: [
      {
        minute: '22',
        title: 'Mooring Fees',
        cite: 5,
        resolutions: [{ text: 'That mooring fees rise by 3% from April.', cite: 6 }],
      },
    ],
    followUps: [],
  },
  citations: [],
};

describe('renderBriefingMarkdown', () => {
  it('marks a figure quoted from the middle of its sentence, and lists what the previous meeting decided', () => {
    const markdown = renderBriefingMarkdown(briefing);
    expect(markdown).toContain('- **£2.4m**: The repairs are costed at £2.4m. [3]');
    expect(markdown).toContain('- **31%**: …landings at the north quay fell by 31% over the winter [4]');
    expect(markdown).toContain(
      '**What it decided**\n- Minute 22 — Mooring Fees [5]\n  - That mooring fees rise by 3% from April. [6]',
    );
    expect(markdown).toContain('## Previous meeting: 3 December 2030');
  });

  it('calls older minutes the latest indexed, not the previous meeting, when a later sitting has no minutes', () => {
    const markdown = renderBriefingMarkdown({
      ...briefing,
      previousMeeting: { ...briefing.previousMeeting!, laterSitting: '2031-01-14' },
    });
    expect(markdown).toContain('## Latest minutes indexed: 3 December 2030');
    expect(markdown).toContain('14 January 2031, a later sitting, are indexed without its minutes');
    expect(markdown).not.toContain('## Previous meeting');
  });
});
