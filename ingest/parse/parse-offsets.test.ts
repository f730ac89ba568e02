import { describe, expect, it } from 'vitest';
import { parseCorpusPaper } from '../../test/support/parse-corpus-paper.js';

const papers = ['000', '001', '002', '004'];
const stripped = (text: string): string => text.replace(/[#*\s]/g, '');

describe.each(papers)('offsets of corpus paper %s', (prefix) => {
  const document = parseCorpusPaper(prefix);
  const { text } = document;

  it('gives parts that are ordered, disjoint and trimmed', () => {
    let previousEnd = 0;
    for (const part of document.parts) {
      expect(part.start).toBeGreaterThanOrEqual(previousEnd);
      expect(part.end).toBeGreaterThan(part.start);
      expect(text.slice(part.start, part.end)).toBe(text.slice(part.start, part.end).trim());
      previousEnd = part.end;
    }
  });

  it('slices every minute item back to its heading, inside its part', () => {
    for (const part of document.parts.filter((candidate) => candidate.minutes)) {
      for (const item of part.minutes!.items) {
        expect(item.start).toBeGreaterThanOrEqual(part.start);
        expect(item.end).toBeLessThanOrEqual(part.end);
        expect(stripped(text.slice(item.start, item.bodyStart))).toBe(stripped(`${item.number}. ${item.title}`));
      }
    }
  });

  it('slices every Resolved block and resolution back to the words it claims', () => {
    for (const part of document.parts.filter((candidate) => candidate.minutes)) {
      for (const item of part.minutes!.items) {
        if (item.resolved) {
          expect(text.slice(item.resolved.start, item.resolved.end)).toMatch(/^\W*Resolved/);
          expect(item.resolved.end).toBe(item.end);
        }
        for (const resolution of item.resolutions) {
          expect(resolution.start).toBeGreaterThanOrEqual(item.resolved!.start);
          expect(resolution.end).toBeLessThanOrEqual(item.end);
          expect(
            text
              .slice(resolution.start, resolution.end)
              .replace(/\*\*|<[^>]+>/g, '')
              .replace(/\s+/g, ' '),
          ).toContain(resolution.text.slice(0, 40));
        }
      }
    }
  });

  it('slices declarations, attendance, agenda items and sections back to their text', () => {
    for (const part of document.parts) {
      for (const declaration of part.minutes?.declarations ?? []) {
        expect(text.slice(declaration.start, declaration.end).trim()).toBe(declaration.text);
      }
      if (part.minutes?.attendance) {
        expect(text.slice(part.minutes.attendance.start, part.minutes.attendance.end)).toMatch(/^Present/);
      }
      for (const item of part.agenda?.items ?? []) {
        expect(text.slice(item.start, item.end).replace(/\*\*/g, '')).toMatch(new RegExp(`^${item.number}\\.\\s`));
      }
      const next = part.agenda?.nextMeeting;
      if (next) expect(text.slice(next.start, next.end)).toMatch(/next meeting/i);
      for (const section of part.sections) {
        expect(section.start).toBeGreaterThanOrEqual(part.start);
        expect(section.end).toBeLessThanOrEqual(part.end);
        expect(section.end).toBeGreaterThan(section.start);
      }
    }
  });
});
