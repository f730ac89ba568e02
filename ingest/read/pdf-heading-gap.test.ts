import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../test/support/render-pdf.js';
import { pdfToText } from './pdf-to-text.js';

// An invented report's appendix, its heading set larger than the text under it (as in
// test/fixtures/held-out-pdfs-7's Caverley report).

describe('a heading set larger than the text under it', () => {
  it('is set apart from the text by a paragraph gap, while the text’s own lines stay one paragraph', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(13).text('Appendix B – Bus Passes', 64, 100).moveDown(0.5);
      document
        .font('Helvetica')
        .fontSize(10.5)
        .text(
          'Passes were issued to 2,140 pupils in 2032/33, and 310 applications were refused because the pupils ' +
            'lived within the statutory walking distance of their school.',
          { width: 467 },
        );
    });
    const { text } = await pdfToText(data);
    expect(text).toBe(
      'Appendix B – Bus Passes\n\nPasses were issued to 2,140 pupils in 2032/33, and 310 applications were ' +
        'refused because the pupils lived within the statutory walking distance of their school.',
    );
  });
});
