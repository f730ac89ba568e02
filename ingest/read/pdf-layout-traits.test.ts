import { describe, expect, it } from 'vitest';
import { type PdfDocument, renderPdf } from '../../test/support/render-pdf.js';
import { parseDocument } from '../parse/parse-document.js';
import { pdfToText } from './pdf-to-text.js';

// Invented papers laid out as other producers print them (the kinds of test/fixtures/held-out-pdfs-5), drawn
// with pdfkit so the text layer comes in the order those producers write it.

/** An unruled table written cell by cell, each cell wrapping within its column before the next cell starts. */
function cellByCellTable(document: PdfDocument, rows: string[][], widths: number[]): void {
  for (const cells of rows) {
    const top = document.y;
    let left = 64;
    let bottom = top;
    for (const [index, cell] of cells.entries()) {
      document.text(cell, left, top, { width: widths[index]! - 6 });
      bottom = Math.max(bottom, document.y);
      left += widths[index]!;
    }
    document.x = 64;
    document.y = bottom + 10;
  }
}

describe('a table whose cells wrap, written cell by cell', () => {
  it('reads each row as one line of tab-separated cells, each cell whole', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica').fontSize(10).text('Licensing Committee – Record of Decisions').moveDown();
      cellByCellTable(
        document,
        [
          ['Application', 'Premises', 'Decision'],
          [
            'LIC/33/204 Variation of hours',
            'Ferry Stores, Quay Lane',
            'Refused, because of street drinking reported by police',
          ],
          [
            'LIC/33/207 New premises licence',
            'The Net Loft, 2 Slipway',
            'Granted, with amplified music ending at 10.00pm',
          ],
        ],
        [95, 140, 230],
      );
    });
    const { text } = await pdfToText(data);
    expect(text).toContain(
      'LIC/33/204 Variation of hours\tFerry Stores, Quay Lane\tRefused, because of street drinking reported by police',
    );
    expect(text).toContain(
      'LIC/33/207 New premises licence\tThe Net Loft, 2 Slipway\tGranted, with amplified music ending at 10.00pm',
    );
  });

  it('keeps a minute number in a margin column apart from the paragraph under its heading', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(10.5);
      document.text('C41', 64, 100, { lineBreak: false });
      document.text('Harbour Wall Repairs', 124, 100, { lineBreak: false });
      document
        .font('Helvetica')
        .text(
          'The Director reported that the harbour wall had been breached in two places during the January storms.',
          124,
          116,
          { width: 400 },
        );
    });
    const { text } = await pdfToText(data);
    expect(text).toMatch(/^C41\tHarbour Wall Repairs\nThe Director reported/);
  });

  it('keeps two rows of cells apart where the first reaches the right margin', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica').fontSize(10);
      const rows = [
        ['A statutory duty to produce a local growth plan for the whole county area', 'x', 'x'],
        ['Detail', 'Foundation', 'Mayoral'],
      ];
      let top = 100;
      for (const cells of rows) {
        document.text(cells[0]!, 64, top, { lineBreak: false });
        document.text(cells[1]!, 440, top, { lineBreak: false });
        document.text(cells[2]!, 520, top, { lineBreak: false });
        top += 13;
      }
      document.text(
        'The table lists the powers a strategic authority would hold at each level of devolution.',
        64,
        top + 20,
        {
          width: 467,
        },
      );
    });
    const { text } = await pdfToText(data);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'A statutory duty to produce a local growth plan for the whole county area\tx\tx',
      'Detail\tFoundation\tMayoral',
    ]);
  });
});

describe('an agenda item whose title wraps under a hanging indent', () => {
  it('joins the wrapped half to the title, so the item reads whole', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(12).text('AGENDA');
      document.font('Helvetica').fontSize(10.5).text('Beaches Committee, Harbour Office, 04/05/2033').moveDown();
      const items = [
        'Apologies for Absence',
        'Lifeguard Cover at the Tidal Pool, the Boating Lake and the paddling pools',
        'Public Toilets',
      ];
      for (const [index, title] of items.entries()) {
        const top = document.y;
        document.text(`${index + 1}.`, 64, top, { lineBreak: false });
        document.text(title, 94, top, { width: 250 });
        document.moveDown(0.8);
      }
      // Notes across the full width set the page's right margin well beyond the wrapped title.
      document.text(
        'Members of the public may speak on any item for up to three minutes. Please tell the clerk by noon on the ' +
          'day before the meeting which item you wish to speak on, and give your name and the ward you live in ' +
          'so that the chair can call you at the right time during the debate on that item.',
        64,
        document.y,
        { width: 467 },
      );
    });
    const { text } = await pdfToText(data);
    expect(text).toContain('2. Lifeguard Cover at the Tidal Pool, the Boating Lake and the paddling pools');
    const agenda = parseDocument({ source: 'agenda.pdf', sha256: 'a'.repeat(64), text }).parts.find(
      (part) => part.kind === 'agenda',
    );
    expect(agenda?.agenda?.items.map((item) => item.title)).toContain(
      'Lifeguard Cover at the Tidal Pool, the Boating Lake and the paddling pools',
    );
  });
});

describe('minute numbers set flush right on the heading line', () => {
  it('reads each heading as a numbered minute', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(12).text('Minutes of the Licensing Committee held on 3 March 2033');
      document
        .font('Helvetica')
        .fontSize(10.5)
        .text('Present: Councillors Ada Quill (Chair) and Rory Vane.')
        .moveDown();
      const minutes: [string, string, string][] = [
        ['Apologies for Absence', 'LC/33/12', 'Apologies were received from Councillor Tamsin Roe.'],
        ['Taxi Fares Review', 'LC/33/13', 'RESOLVED – That the taxi tariff rise by 4 per cent from 1 May 2033.'],
        ['Street Trading Fees', 'LC/33/14', 'RESOLVED – That the annual consent fee be set at £1,250.'],
      ];
      for (const [title, number, body] of minutes) {
        const top = document.y;
        document.font('Helvetica-Bold').text(title, 64, top, { lineBreak: false });
        document.text(number, 531 - document.widthOfString(number), top, { lineBreak: false });
        document
          .font('Helvetica')
          .text(body, 64, top + 20, { width: 467 })
          .moveDown();
      }
    });
    const { text } = await pdfToText(data);
    const minutes = parseDocument({ source: 'minutes.pdf', sha256: 'b'.repeat(64), text }).parts.find(
      (part) => part.kind === 'minutes',
    );
    expect(minutes?.minutes?.items.map((item) => [item.number, item.title])).toEqual([
      ['LC/33/12', 'Apologies for Absence'],
      ['LC/33/13', 'Taxi Fares Review'],
      ['LC/33/14', 'Street Trading Fees'],
    ]);
    expect(minutes?.minutes?.items[1]?.resolutions).toHaveLength(1);
  });
});

describe('footnote markers glued to the word before them', () => {
  it('drops a small raised number after a word, and keeps numbers set at the text’s own size', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica').fontSize(10.5);
      const sentence = 'The scheme had been revised and approved.';
      document.text(sentence, 64, 100, { lineBreak: false });
      const end = 64 + document.widthOfString(sentence);
      document.fontSize(6.5).text('2', end + 0.5, 98, { lineBreak: false });
      document.fontSize(10.5).text('The car park holds 240 spaces.', 64, 120, { lineBreak: false });
      document.fontSize(7.5).text('2 Revised drawings received 30 March 2033.', 64, 760, { lineBreak: false });
    });
    const { text } = await pdfToText(data);
    expect(text).toContain('The scheme had been revised and approved.\n');
    expect(text).toContain('The car park holds 240 spaces.');
    expect(text).toContain('2 Revised drawings received 30 March 2033.');
  });
});
