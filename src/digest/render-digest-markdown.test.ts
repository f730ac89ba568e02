import { describe, expect, it } from 'vitest';
import type { Digest } from './digest-types.js';
import { renderDigestMarkdown } from './render-digest-markdown.js';

describe('renderDigestMarkdown', () => {
  it('names a transcript by its speakers, a plain paper by its title, and says a proposed decision is one', () => {
    const digest: Digest = {
      since: '2031-03-01T00:00:00.000Z',
      now: '2031-03-08T00:00:00.000Z',
      meetings: [
        {
          committee: 'Select Committee on Rivers',
          meetingDate: null,
          decisions: [],
          discussed: [],
          reports: [
            {
              title: 'Library Opening Hours',
              cite: 3,
              decision: { text: 'To extend opening hours at Holt Library.', cite: 4, proposed: true },
            },
          ],
          otherPapers: [
            { title: 'Transcript', kind: 'transcript', cite: 1, speakers: ['Dr. Nia Holm', 'Mr. Piet Vos'] },
            { title: 'Notes of the site visit', kind: 'other', cite: 2 },
          ],
        },
      ],
      upcoming: [],
      citations: [],
    };
    const markdown = renderDigestMarkdown(digest);
    expect(markdown).toContain('## Select Committee on Rivers, undated papers\n');
    expect(markdown).toContain('**Transcript:** speakers: Dr. Nia Holm, Mr. Piet Vos [1]');
    expect(markdown).toContain('**Paper:** Notes of the site visit [2]');
    expect(markdown).toContain(
      '**Report:** Library Opening Hours [3]\n- Proposed decision: To extend opening hours at Holt Library. [4]',
    );
  });
});
