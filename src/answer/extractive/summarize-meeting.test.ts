import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import type { Chunk } from '../../core/chunk.js';
import { summarizeMeeting } from './summarize-meeting.js';

function agendaItem(number: number, title: string, text: string): Chunk {
  return testChunk({
    kind: 'agenda',
    committee: 'Licensing Committee',
    meetingDate: '2026-05-19',
    partTitle: 'Agenda',
    section: `Item ${number} — ${title}`,
    text,
  });
}

describe('summarizeMeeting', () => {
  it('lists a frontsheet item once, with its pages, instead of quoting its heading after its label', () => {
    const chunks = [
      agendaItem(1, 'Apologies', '1. Apologies'),
      agendaItem(4, 'Taxi Fare Review', '4. Taxi Fare Review (Pages 5 - 18)'),
      agendaItem(
        5,
        'Street Trading Policy',
        '5. Street Trading Policy\nMembers are asked to approve the revised policy for consultation.',
      ),
    ];
    const answer = summarizeMeeting(chunks, [], true)!;
    expect(answer.text.split('\n')).toEqual([
      '**19 May 2026** — Licensing Committee (agenda)',
      '- Item 1 — Apologies [1]',
      '- Item 4 — Taxi Fare Review (pages 5–18) [2]',
      '- Item 5 — Street Trading Policy: Members are asked to approve the revised policy for consultation. [3]',
    ]);
    expect(answer.citations).toHaveLength(3);
  });
});
