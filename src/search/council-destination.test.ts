import { describe, expect, it } from 'vitest';
import { withoutCouncilDestination } from './council-destination.js';

describe('withoutCouncilDestination', () => {
  it('takes out a council typed as where a matter went or came from', () => {
    expect(withoutCouncilDestination('who seconded sending the museum plan to full council?')).not.toMatch(/council/);
    expect(withoutCouncilDestination('which motion came from the full council on harbour dues?')).not.toMatch(
      /council/,
    );
    expect(withoutCouncilDestination('did they refer the tree policy to the next council meeting?')).not.toMatch(
      /council/,
    );
  });

  it('keeps a council asked about', () => {
    expect(withoutCouncilDestination('who seconded the museum plan at full council?')).toBe(
      'who seconded the museum plan at full council?',
    );
    // A report that went there is that council's own paper.
    expect(withoutCouncilDestination('who wrote the museum paper that was taken to full council?')).toBe(
      'who wrote the museum paper that was taken to full council?',
    );
  });
});
