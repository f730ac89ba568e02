import { describe, expect, it } from 'vitest';
import type { PageLine } from './pdf-page-lines.js';
import { dropRunningLines } from './running-lines.js';

function line(text: string, depth: number): PageLine {
  return { text, x: 64, endX: 64 + text.length * 5, y: 842 * (1 - depth), height: 10, paragraphStart: true, depth };
}

describe('dropRunningLines', () => {
  it('drops front matter numbered in roman numerals and an appendix footer that numbers its own pages', () => {
    const pages = dropRunningLines([
      [line('Contents', 0.1), line('Guidance for the public .......... ii', 0.2), line('i', 0.96)],
      [line('Guidance for the public', 0.1), line('Speakers may talk for three minutes.', 0.2), line('ii', 0.96)],
      [line('Report on moorings', 0.1), line('The harbour has 212 moorings.', 0.2), line('Page 1', 0.96)],
      [
        line('Appendix B – Tariffs', 0.1),
        line('A visitor mooring costs £18 a night.', 0.2),
        line('Appendix B – Page 1', 0.96),
      ],
      [
        line('Appendix B (continued)', 0.1),
        line('Winter rates apply from November.', 0.2),
        line('Appendix B – Page 2', 0.96),
      ],
    ]);
    const kept = pages.flat().map((kept) => kept.text);
    expect(kept).not.toContain('i');
    expect(kept).not.toContain('ii');
    expect(kept).not.toContain('Appendix B – Page 1');
    expect(kept).not.toContain('Appendix B – Page 2');
    expect(kept).toContain('Appendix B – Tariffs');
    expect(kept).toContain('Guidance for the public .......... ii');
  });
});
