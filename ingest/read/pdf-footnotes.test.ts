import { describe, expect, it } from 'vitest';
import { type PdfDocument, renderPdf } from '../../test/support/render-pdf.js';
import { pdfToText } from './pdf-to-text.js';

// Invented minutes whose footnotes are printed at the page's foot in small type, called by raised markers (as in
// test/fixtures/held-out-pdfs-7's Dunsford minutes).

/** A line of body text with a small raised marker glued to its end. */
function markedLine(document: PdfDocument, text: string, top: number, marker: string): void {
  document.font('Helvetica').fontSize(10.5).text(text, 64, top, { lineBreak: false });
  const end = 64 + document.widthOfString(text);
  document.fontSize(6.5).text(marker, end + 0.5, top - 3, { lineBreak: false });
}

function line(document: PdfDocument, text: string, top: number, size = 10.5): void {
  document.font('Helvetica').fontSize(size).text(text, 64, top, { lineBreak: false });
}

describe('footnotes at the page foot', () => {
  it('follow the paragraph carrying their marker, each a block of its own with its number raised, not the page’s last minute', async () => {
    const data = await renderPdf((document) => {
      line(document, '41. Ranger Service', 100);
      line(document, 'Councillor Ivo Marsh moved an amendment to fund a second ranger post.', 124);
      markedLine(document, 'The amendment was lost.', 138, '1');
      line(document, '42. Allotments', 166);
      line(document, 'RESOLVED: that the allotment rents rise by 4 per cent from October.', 190);
      line(document, '1 The Independent Group said it would bring the ranger post back in the spring.', 748, 7.5);
      line(document, '2', 790, 7.5);
    });
    const { text } = await pdfToText(data);
    expect(text).toContain(
      'The amendment was lost.\n\n¹ The Independent Group said it would bring the ranger post back in the spring.' +
        '\n\n42. Allotments',
    );
    expect(text).toMatch(/rise by 4 per cent from October\.$/);
  });

  it('stay at the foot as printed when one of them has no marker on the page', async () => {
    const data = await renderPdf((document) => {
      markedLine(document, 'The amendment was lost.', 138, '1');
      line(document, 'RESOLVED: that the allotment rents rise by 4 per cent from October.', 166);
      line(document, '1 The Independent Group said it would bring the ranger post back in the spring.', 740, 7.5);
      line(document, '2 Rents are for a full plot.', 750, 7.5);
    });
    const { text } = await pdfToText(data);
    expect(text).toMatch(/October\.\n\n1 The Independent Group said .* spring\.\n2 Rents are for a full plot\.$/);
  });
});
