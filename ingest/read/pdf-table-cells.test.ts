import { describe, expect, it } from 'vitest';
import { type PdfDocument, renderPdf } from '../../test/support/render-pdf.js';
import { pdfToText } from './pdf-to-text.js';

// Invented tables laid out as other producers print them (the kinds of test/fixtures/held-out-pdfs-7): cells
// placed one by one, figures set flush right against their column's edge.

/** A row of cells, each at its left edge or, for `right`, ending at its right edge. */
function row(document: PdfDocument, top: number, cells: [string, number, 'left' | 'right'][]): void {
  document.font('Helvetica').fontSize(10);
  for (const [text, edge, align] of cells) {
    const x = align === 'right' ? edge - document.widthOfString(text) : edge;
    document.text(text, x, top, { lineBreak: false });
  }
}

describe('a payments schedule with "£" in a column of its own', () => {
  it('joins the sign to the amount beside it, so each row has its header’s cells', async () => {
    const data = await renderPdf((document) => {
      row(document, 100, [
        ['Payee', 64, 'left'],
        ['Details', 200, 'left'],
        ['Amount', 530, 'right'],
      ]);
      row(document, 117, [
        ['Kettering Mowers', 64, 'left'],
        ['Grass cutting, June', 200, 'left'],
        ['£', 440, 'left'],
        ['1,245.50', 530, 'right'],
      ]);
      row(document, 134, [
        ['Total', 64, 'left'],
        ['£', 440, 'left'],
        ['1,245.50', 530, 'right'],
      ]);
    });
    const { text } = await pdfToText(data);
    expect(text).toContain(
      // The total line leaves the Details column empty: its amount stays under Amount.
      'Payee\tDetails\tAmount\nKettering Mowers\tGrass cutting, June\t£1,245.50\nTotal\t\t£1,245.50',
    );
  });
});

describe('a table whose header leaves its first (corner) cell empty', () => {
  it('gives the header its empty corner cell, so each column name stands over its figures', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica').fontSize(10).text('The budget was moved.', 64, 80);
      row(document, 100, [
        ['2031/32', 330, 'right'],
        ['2032/33', 420, 'right'],
        ['Change', 510, 'right'],
      ]);
      row(document, 117, [
        ['Net revenue budget', 64, 'left'],
        ['£11.4m', 330, 'right'],
        ['£12.0m', 420, 'right'],
        ['+5.3%', 510, 'right'],
      ]);
      row(document, 134, [
        ['Use of reserves', 64, 'left'],
        ['£0.9m', 330, 'right'],
        ['£0.6m', 420, 'right'],
        ['–33.3%', 510, 'right'],
      ]);
    });
    const { text } = await pdfToText(data);
    expect(text).toContain('\t2031/32\t2032/33\tChange\nNet revenue budget\t£11.4m\t£12.0m\t+5.3%\n');
  });

  it('leaves an indented line of cells over a wider row alone when it stands apart from it', async () => {
    const data = await renderPdf((document) => {
      row(document, 100, [
        ['Signed', 300, 'left'],
        ['Chair', 420, 'left'],
      ]);
      row(document, 200, [
        ['Net revenue budget', 64, 'left'],
        ['£11.4m', 330, 'right'],
        ['£12.0m', 420, 'right'],
      ]);
    });
    const { text } = await pdfToText(data);
    expect(text).toMatch(/^Signed\tChair\n/);
  });
});
