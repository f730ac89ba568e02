import { describe, expect, it } from 'vitest';
import { type PdfDocument, renderPdf } from '../../test/support/render-pdf.js';
import { pdfToText } from './pdf-to-text.js';

// Invented tables laid out as other producers print them (the kinds of test/fixtures/held-out-pdfs-8): grids of
// marks whose empty cells draw nothing, a total line set close over the next heading, cells wrapping long.

/** A row of cells, each centred on its column when `centre` is given; an empty cell draws nothing. */
function row(document: PdfDocument, top: number, cells: [string, number, 'left' | 'centre' | 'right'][]): void {
  document.font('Helvetica').fontSize(10);
  for (const [text, edge, align] of cells) {
    if (text === '') continue;
    const width = document.widthOfString(text);
    const x = align === 'right' ? edge - width : align === 'centre' ? edge - width / 2 : edge;
    document.text(text, x, top, { lineBreak: false });
  }
}

describe('a recorded-vote grid whose empty cells draw nothing', () => {
  it('puts each member’s mark under the column it is printed beneath', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica').fontSize(10).text('A recorded vote was taken:', 64, 80);
      const columns = [250, 320, 390];
      row(document, 100, [
        ['Member', 64, 'left'],
        ['For', columns[0]!, 'centre'],
        ['Against', columns[1]!, 'centre'],
        ['Abstain', columns[2]!, 'centre'],
      ]);
      const votes: [string, number][] = [
        ['Mr K Ashdown', 0],
        ['Mrs L Brereton', 1],
        ['Ms P Cattermole', 2],
      ];
      votes.forEach(([name, column], index) => {
        row(document, 115 + 15 * index, [
          [name, 64, 'left'],
          ['x', columns[column]!, 'centre'],
        ]);
      });
    });
    const { text } = await pdfToText(data);
    expect(text).toContain(
      'Member\tFor\tAgainst\tAbstain\nMr K Ashdown\tx\t\t\nMrs L Brereton\t\tx\t\nMs P Cattermole\t\t\tx',
    );
  });

  it('reads a second grid printed beside the first under its own header', async () => {
    const data = await renderPdf((document) => {
      for (const [left, columns, votes] of [
        [64, [185, 240, 295], ['Mr K Ashdown', 'Mrs L Brereton']],
        [330, [435, 490, 545], ['Ms P Cattermole', 'Mr R Dunstable']],
      ] as const) {
        row(document, 100, [
          ['Member', left, 'left'],
          ['For', columns[0], 'centre'],
          ['Against', columns[1], 'centre'],
          ['Abstain', columns[2], 'centre'],
        ]);
        row(document, 115, [
          [votes[0], left, 'left'],
          ['x', columns[2], 'centre'],
        ]);
        row(document, 130, [
          [votes[1], left, 'left'],
          ['x', columns[1], 'centre'],
        ]);
      }
    });
    const { text } = await pdfToText(data);
    expect(text).toContain('Ms P Cattermole\t\t\tx');
    expect(text).toContain('Mr R Dunstable\t\tx\t');
  });
});

describe('a grid of marks under wrapped text, split by section labels', () => {
  it('sets each mark under its column after a label and a wrapped first cell', async () => {
    const data = await renderPdf((document) => {
      const columns = [220, 330, 450];
      document.font('Helvetica-Bold').fontSize(10);
      document.text('Detail', 72, 100, { lineBreak: false });
      for (const [index, name] of ['Foundation', 'Mayoral', 'Established'].entries()) {
        document.text(name, columns[index]! - document.widthOfString(name) / 2, 100, { lineBreak: false });
      }
      document.text('Strategic leadership', 72, 116, { lineBreak: false });
      document.font('Helvetica').fontSize(10);
      document.text('Membership of the Council of Nations and Regions', 72, 132, { width: 110 });
      row(document, 132, [
        ['x', columns[1]!, 'centre'],
        ['X', columns[2]!, 'centre'],
      ]);
      document.text('A right to request further rail devolution', 72, 170, { width: 110 });
      row(document, 170, [['x', columns[2]!, 'centre']]);
    });
    const { text } = await pdfToText(data);
    expect(text).toContain('Detail\tFoundation\tMayoral\tEstablished\nStrategic leadership');
    expect(text).toContain('Membership of the Council of Nations and Regions\t\tx\tX');
    expect(text).toContain('A right to request further rail devolution\t\t\tx');
  });
});

describe('a table’s total line set close over the next heading', () => {
  it('keeps the heading on a line of its own', async () => {
    const data = await renderPdf((document) => {
      row(document, 100, [
        ['Service', 64, 'left'],
        ['Budget', 420, 'right'],
        ['Variance', 530, 'right'],
      ]);
      row(document, 115, [
        ['Waste and Recycling', 64, 'left'],
        ['6,420', 420, 'right'],
        ['565', 530, 'right'],
      ]);
      row(document, 130, [
        ['Total', 64, 'left'],
        ['18,320', 420, 'right'],
        ['1,137', 530, 'right'],
      ]);
      document.font('Helvetica-Bold').fontSize(11).text('FR/33/52 Temporary Accommodation', 64, 145);
      document.font('Helvetica').fontSize(10.5).text('Members asked why housing was forecast to overspend.', 64, 165);
    });
    const { text } = await pdfToText(data);
    expect(text).toContain('Total\t18,320\t1,137\nFR/33/52 Temporary Accommodation');
  });
});

describe('a minutes table whose discussion cell wraps over many lines', () => {
  it('reads the row as one line of whole cells', async () => {
    const discussion =
      'Members considered the outline application for 140 homes on the former gasworks site. Residents had ' +
      'raised the flooding of the road in 2031 and the lack of school places. Councillor Kettleworth noted ' +
      'that the scheme offered only 18 affordable homes, well below the 30 per cent asked for by the local ' +
      'plan, and that the developer had not yet given a viability assessment.';
    const data = await renderPdf((document) => {
      document.font('Helvetica').fontSize(9.5);
      for (const [text, left, width] of [
        ['Minute', 64, 70],
        ['Discussion', 142, 200],
        ['Decision', 360, 170],
      ] as const) {
        document.text(text, left, 100, { width });
      }
      for (const [text, left, width] of [
        ['PL/33/89 Former Gasworks', 64, 70],
        [discussion, 142, 200],
        ['To object: the affordable housing falls short of the local plan.', 360, 170],
      ] as const) {
        document.text(text, left, 125, { width });
      }
    });
    const { text } = await pdfToText(data);
    expect(text).toContain(
      `PL/33/89 Former Gasworks\t${discussion}\tTo object: the affordable housing falls short of the local plan.`,
    );
  });
});

describe('a ruled table padding every row, whose header row wraps', () => {
  it('keeps its one-line rows in the table, with no paragraph gap between them', async () => {
    const data = await renderPdf((document) => {
      const columns: [number, number][] = [
        [64, 120],
        [194, 70],
        [274, 110],
        [394, 137],
      ];
      const rows = [
        ['Decision', 'Decision maker', 'Date of decision', 'Committee view'],
        ['Car park charges 2034', 'Cabinet', '28 October 2033', 'To be reviewed in January'],
        ['Garden waste contract', 'Portfolio Holder', '30 October 2033', 'No call-in'],
        ['Community grants round 2', 'Head of Communities', '3 November 2033', 'No call-in'],
      ];
      document.y = 100;
      for (const [index, cells] of rows.entries()) {
        const top = document.y;
        let bottom = top;
        document.font(index === 0 ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
        cells.forEach((cell, column) => {
          document.text(cell, columns[column]![0], top, { width: columns[column]![1] });
          bottom = Math.max(bottom, document.y);
        });
        document
          .moveTo(64, bottom + 4)
          .lineTo(531, bottom + 4)
          .lineWidth(0.4)
          .stroke();
        document.y = bottom + 9;
      }
    });
    const { text } = await pdfToText(data);
    expect(text).toContain(
      'Car park charges 2034\tCabinet\t28 October 2033\tTo be reviewed in January\nGarden waste contract\tPortfolio Holder\t30 October 2033\tNo call-in\nCommunity grants round 2',
    );
  });
});
