import { describe, expect, it } from 'vitest';
import { renderActionsMarkdown } from './render-actions-markdown.js';
import type { TrackedAction } from './tracked-action.js';

const task = (what: string, status: TrackedAction['status']): TrackedAction => ({
  committee: 'Fernley Green Working Group',
  meetingDate: '2031-04-14',
  minute: '',
  minuteTitle: 'Action log',
  text: `- [${status === 'done' ? 'x' : ' '}] ${what}`,
  what,
  owner: 'Jo Marsh',
  status,
  cite: 1,
});

describe('renderActionsMarkdown', () => {
  it('lists a task the minutes tick off as done, after the open ones, never as open', () => {
    const markdown = renderActionsMarkdown({
      actions: [
        task('Jo Marsh to send the play area survey', 'open'),
        task('Jo Marsh to publish the signed minutes', 'done'),
      ],
      citations: [],
    });
    const [open, done] = markdown.split('## Done (1)');
    expect(open).toContain('## Open (1)');
    expect(open).not.toContain('publish the signed minutes');
    expect(done).toContain(
      'Jo Marsh to publish the signed minutes — by Jo Marsh [1]. Status: *done* (ticked in the minutes)',
    );
  });

  it('names no minute for a log printed under none, never an empty "minute  "', () => {
    const markdown = renderActionsMarkdown({ actions: [task('Jo Marsh to send the survey', 'open')], citations: [] });
    expect(markdown).toContain('- 14 April 2031 (Action log): ');
    expect(markdown).not.toMatch(/minute\s+\(/);
  });

  it('quotes a task without its checkbox, whose tick the status tells', () => {
    const markdown = renderActionsMarkdown({
      actions: [task('Jo Marsh to send the survey', 'open'), task('Jo Marsh to publish the minutes', 'done')],
      citations: [],
    });
    expect(markdown).toContain('(Action log): Jo Marsh to send the survey — by Jo Marsh [1]. Status: *open*');
    expect(markdown).toContain('(Action log): Jo Marsh to publish the minutes — by Jo Marsh [1]. Status: *done*');
    expect(markdown).not.toMatch(/\[[ x]\]/);
  });
});
