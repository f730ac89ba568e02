import { describe, expect, it } from 'vitest';
import { candidateRow } from './candidate-row.js';

describe('candidateRow', () => {
  it('keeps the ranking with scores, texts and evidence flags, and each distinct stem with its weight', () => {
    const passages = [
      {
        chunk: { id: 'a:3', source: 'ferry-panel-7.txt', kind: 'transcript' as const, text: 'The gull count rose.' },
        score: 1.4,
      },
      {
        chunk: { id: 'b:1', source: 'harbour-board-2.txt', kind: 'minutes' as const, text: 'Buoys were painted.' },
        score: 0.9,
      },
    ];
    const row = candidateRow(
      { id: 'q7', question: 'What about gulls and gulls?' },
      ['gull', 'gull', 'count'],
      (stem) => (stem === 'gull' ? 4 : 2),
      passages,
      (text) => text.includes('gull'),
    );
    expect(row).toEqual({
      id: 'q7',
      question: 'What about gulls and gulls?',
      stems: [
        { stem: 'gull', weight: 4 },
        { stem: 'count', weight: 2 },
      ],
      passages: [
        {
          id: 'a:3',
          source: 'ferry-panel-7.txt',
          kind: 'transcript',
          score: 1.4,
          evidence: true,
          text: 'The gull count rose.',
        },
        {
          id: 'b:1',
          source: 'harbour-board-2.txt',
          kind: 'minutes',
          score: 0.9,
          evidence: false,
          text: 'Buoys were painted.',
        },
      ],
    });
  });
});
