import { expect } from 'vitest';
import type { Citation } from '../../src/core/citation.js';
import type { IndexStore } from '../../src/store/index-store.js';

/**
 * Every citation quotes its document verbatim and carries the meeting date of the part it quotes
 * (minutes in a later pack keep their own, earlier date).
 */
export async function expectCitationsDated(
  citations: Citation[],
  store: Pick<IndexStore, 'listParts' | 'getDocumentText'>,
): Promise<void> {
  expect(citations.length).toBeGreaterThan(0);
  const parts = await store.listParts();
  const texts = new Map<string, string | undefined>();
  for (const source of new Set(citations.map((citation) => citation.source))) {
    texts.set(source, await store.getDocumentText(source));
  }
  citations.forEach((citation, index) => {
    expect(citation.n).toBe(index + 1);
    expect(texts.get(citation.source)?.slice(citation.start, citation.end)).toBe(citation.quote);
    const part = parts.find(
      (stored) =>
        stored.source === citation.source && stored.part.start <= citation.start && citation.end <= stored.part.end,
    );
    expect(part, `part holding [${citation.n}] ${citation.heading}`).toBeDefined();
    expect(citation.meetingDate, `[${citation.n}] ${citation.heading}`).toBe(part?.part.meetingDate);
  });
}
