import { describe, expect, it } from 'vitest';
import { isQuorumError } from '../core/errors.js';
import type { Part } from '../core/paper.js';
import { resolveMeeting } from './resolve-meeting.js';

const agenda = (committee: string, meetingDate: string) => ({
  part: { kind: 'agenda', committee, meetingDate, title: 'Agenda', sections: [], start: 0, end: 1 } satisfies Part,
});
const agendas = [
  agenda('Improving Lives Select Commission', '2023-12-05'),
  agenda('Improving Lives Select Commission', '2024-09-17'),
  agenda('Health Select Commission', '2024-09-17'),
];
const now = new Date('2024-09-01T09:00:00Z');

describe('resolveMeeting', () => {
  it('reads ISO, written and abbreviated dates', () => {
    for (const request of ['2023-12-05', '5 December 2023', '5 Dec 2023', 'brief me on the 5th of December 2023']) {
      expect(resolveMeeting(agendas, request, now).agenda.part.meetingDate, request).toBe('2023-12-05');
    }
  });

  it('chooses the committee named with the date, and notes a choice it had to make', () => {
    expect(resolveMeeting(agendas, 'health 17 September 2024', now).agenda.part.committee).toBe(
      'Health Select Commission',
    );
    const guessed = resolveMeeting(agendas, '2024-09-17', now);
    expect(guessed.agenda.part.committee).toBe('Improving Lives Select Commission');
    expect(guessed.note).toMatch(/Health Select Commission/);
  });

  it('takes "next" as the soonest agenda on or after today, else the latest with a note', () => {
    expect(resolveMeeting(agendas, 'next', now)).toEqual({ agenda: agendas[1] });
    const late = resolveMeeting(agendas, 'upcoming', new Date('2025-01-01T00:00:00Z'));
    expect(late.agenda.part.meetingDate).toBe('2024-09-17');
    expect(late.note).toMatch(/latest/);
  });

  it('names the agendas there are when the meeting is unknown', () => {
    try {
      resolveMeeting(agendas, '2023-10-31', now);
      expect.unreachable();
    } catch (error) {
      expect(isQuorumError(error, 'not_found')).toBe(true);
      expect((error as Error).message).toMatch(/2023-12-05 \(Improving Lives Select Commission\), 2024-09-17/);
      expect((error as Error).message).not.toMatch(/\n/);
    }
  });
});
