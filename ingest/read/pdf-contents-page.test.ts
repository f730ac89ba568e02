import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../test/support/render-pdf.js';
import { pdfToText } from './pdf-to-text.js';

// An invented report's contents page, as producers set it: each entry's title, dotted leaders to the right
// margin, and its page, appendices unnumbered and paged by letter.
describe('a contents page with dotted leaders', () => {
  it('keeps each entry on its own line, an unnumbered appendix too', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(12).text('Contents', 64, 80);
      document.font('Helvetica').fontSize(10.5);
      const entries: [string, string][] = [
        ['1. Summary', '2'],
        ['2. Bus Routes Reviewed', '3'],
        ['Appendix A – Route Costs', 'A1'],
        ['Appendix B – Consultation', 'B1'],
      ];
      let top = 104;
      for (const [title, page] of entries) {
        const titleWidth = document.widthOfString(title);
        const pageWidth = document.widthOfString(page);
        const dots = '.'.repeat(Math.floor((467 - titleWidth - pageWidth - 12) / document.widthOfString('.')));
        document.text(title, 64, top, { lineBreak: false });
        document.text(dots, 64 + titleWidth + 6, top, { lineBreak: false });
        document.text(page, 64 + 467 - pageWidth, top, { lineBreak: false });
        top += 16;
      }
    });
    const { text } = await pdfToText(data);
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toMatch(/^Appendix A – Route Costs \.+ A1$/);
    expect(lines[4]).toMatch(/^Appendix B – Consultation \.+ B1$/);
  });
});
