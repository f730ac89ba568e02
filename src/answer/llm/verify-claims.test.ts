import { describe, expect, it } from 'vitest';
import type { RetrievedPassage } from '../../search/retrieval.js';
import { verifyClaims } from './verify-claims.js';

function passage(id: string, text: string): RetrievedPassage {
  return {
    score: 1,
    chunk: {
      id,
      source: 'papers/minutes.txt',
      documentSha: 'abc',
      ordinal: 0,
      partIndex: 0,
      kind: 'minutes',
      committee: 'Health Select Commission',
      meetingDate: '2024-03-14',
      partTitle: 'Minutes',
      headingPath: ['Health Select Commission', '2024-03-14'],
      exempt: false,
      text,
      start: 100,
      end: 100 + text.length,
      line: 5,
    },
  };
}

const passages = [
  passage('a', 'Resolved: That the report be noted and a further update be brought in six months.'),
  passage('b', 'Apologies for absence were received from Councillor Baker.'),
];

describe('verifyClaims', () => {
  it('keeps the cited passages that bear the quote out and strips markers the model added', () => {
    const { supported, dropped } = verifyClaims(
      [{ text: 'The report was noted [1].', passageIds: [1, 2, 1], quote: 'That the report be noted' }],
      passages,
    );
    expect(dropped).toEqual([]);
    expect(supported).toHaveLength(1);
    expect(supported[0]?.text).toBe('The report was noted.');
    expect(supported[0]?.support.map((support) => support.passage.chunk.id)).toEqual(['a']);
    expect(supported[0]?.support[0]?.match).toEqual({ start: 10, end: 34, text: 'That the report be noted' });
  });

  it('drops claims with no valid passage id, an unsupported quote, a trivial quote or no text', () => {
    const { supported, dropped } = verifyClaims(
      [
        { text: 'Out of range.', passageIds: [0, 3], quote: 'That the report be noted' },
        { text: 'Invented.', passageIds: [1], quote: 'That the report be rejected' },
        { text: 'Too thin.', passageIds: [1], quote: 'Resolved' },
        { text: ' [2] ', passageIds: [2], quote: 'received from Councillor Baker' },
      ],
      passages,
    );
    expect(supported).toEqual([]);
    expect(dropped.map((claim) => claim.reason)).toEqual([
      'no valid passage id in [0, 3]',
      'quote not found in passage 1: "That the report be rejected"',
      'quote too short to prove anything: "Resolved"',
      'empty claim',
    ]);
  });
});
