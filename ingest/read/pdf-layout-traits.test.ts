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
    expect(text).toContain('² Revised drawings received 30 March 2033.');
  });
});

describe('minute numbers on a line of their own over a bold title', () => {
  it('reads each number and the title under it as one numbered minute', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(12).text('Minutes of the Cabinet held on 8 June 2033');
      document
        .font('Helvetica')
        .fontSize(10.5)
        .text('Present: Councillors Ada Quill (Chair) and Rory Vane.')
        .moveDown();
      const minutes: [string, string, string][] = [
        ['CAB/33/20', 'Apologies for Absence', 'Apologies were received from Councillor Tamsin Roe.'],
        ['CAB/33/21', 'Leisure Centre Roof', 'RESOLVED – That the roof be replaced at a cost of £640,000.'],
        ['CAB/33/22', 'Sale of the Old Depot, Mill Lane', 'RESOLVED – That the depot be sold for £1.1 million.'],
      ];
      for (const [number, title, body] of minutes) {
        document.font('Helvetica').fontSize(10.5).text(number);
        document.font('Helvetica-Bold').fontSize(11).text(title).moveDown(0.5);
        document.font('Helvetica').fontSize(10.5).text(body).moveDown();
      }
    });
    const { text } = await pdfToText(data);
    const minutes = parseDocument({ source: 'minutes.pdf', sha256: 'c'.repeat(64), text }).parts.find(
      (part) => part.kind === 'minutes',
    );
    expect(minutes?.minutes?.items.map((item) => [item.number, item.title])).toEqual([
      ['CAB/33/20', 'Apologies for Absence'],
      ['CAB/33/21', 'Leisure Centre Roof'],
      ['CAB/33/22', 'Sale of the Old Depot, Mill Lane'],
    ]);
    expect(minutes?.minutes?.items[2]?.resolutions).toHaveLength(1);
  });
});

describe('line numbers down the left margin, as legal papers print them', () => {
  it('drops the numbers, so each line reads from its own first word and wrapped sentences join', async () => {
    const data = await renderPdf((document) => {
      const lines = [
        'Licensing Sub-Committee – Hearing held on 2 May 2033',
        'Members: Councillors Ada Quill (Chair) and Rory Vane',
        '1. The licence holder, Brackwater Inns Ltd, was represented by Ms Ione Farr,',
        'who accepted that the door staff had left early on both nights.',
        '2. The Sub-Committee reduced the terminal hour from 1.00am to 11.30pm.',
        '3. Any party may appeal to the magistrates’ court within 21 days.',
      ];
      for (const [index, line] of lines.entries()) {
        const top = 100 + index * 16;
        const label = `${index + 1}`;
        document.font('Helvetica').fontSize(7.5).fillColor('#777777');
        document.text(label, 50 - document.widthOfString(label), top + 2, { lineBreak: false });
        document.fontSize(10.5).fillColor('#000000').text(line, 64, top, { lineBreak: false });
      }
    });
    const { text } = await pdfToText(data);
    expect(text).toContain('Licensing Sub-Committee – Hearing held on 2 May 2033\n');
    expect(text).toContain('represented by Ms Ione Farr, who accepted that the door staff');
    expect(text).not.toMatch(/^\d+ /m);
  });

  it('keeps a column of figures that does not count on down the page', async () => {
    const data = await renderPdf((document) => {
      for (const [index, [figure, label]] of [
        ['12', 'Homes'],
        ['40', 'Flats'],
        ['7', 'Shops'],
        ['95', 'Offices'],
        ['3', 'Kiosks'],
      ].entries()) {
        document
          .font('Helvetica')
          .fontSize(10.5)
          .text(figure!, 40, 100 + index * 16, { lineBreak: false });
        document.text(label!, 64, 100 + index * 16, { lineBreak: false });
      }
    });
    const { text } = await pdfToText(data);
    expect(text).toContain('95 Offices');
  });
});

describe('a hearing notice naming its panel and day on one line', () => {
  it('reads the panel as the committee and the day as the meeting’s date', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(12).text('ALDERWICK CITY COUNCIL');
      document.text('Licensing Sub-Committee – Hearing held on 2 May 2033').moveDown();
      document.font('Helvetica').fontSize(10.5).text('Notice of Determination').moveDown();
      document.text('Members: Councillors Ada Quill (Chair) and Rory Vane').moveDown();
      document.text('1. The Sub-Committee reduced the terminal hour from 1.00am to 11.30pm.');
    });
    const { text } = await pdfToText(data);
    const [part] = parseDocument({ source: 'notice.pdf', sha256: 'd'.repeat(64), text }).parts;
    expect(part).toMatchObject({ committee: 'Licensing Sub-Committee', meetingDate: '2033-05-02' });
  });
});

describe('one page set in two columns, each headed on the page’s top line', () => {
  it('reads the left column whole before the right column’s heading', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(11).text('33/041 Village Hall Heating', 64, 64, { width: 220 });
      document.font('Helvetica').fontSize(10.5).moveDown(0.4);
      document.text('The boiler at the village hall failed in September and a heat pump was quoted at £18,900.', {
        width: 220,
      });
      document.text('Resolved: that the parish contribute £6,000 to the heat pump.', 64, document.y + 8, {
        width: 220,
      });
      document.font('Helvetica-Bold').fontSize(11).text('33/042 Planning Applications', 308, 64, { width: 220 });
      document.font('Helvetica').fontSize(10.5).moveDown(0.4);
      document.text('Glebe Farm, conversion of a barn into a holiday let: the council objected.', { width: 220 });
    });
    const { text } = await pdfToText(data);
    const order = ['33/041 Village Hall Heating', 'contribute £6,000', '33/042 Planning Applications', 'Glebe Farm'];
    const positions = order.map((phrase) => text.indexOf(phrase));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('an agenda pack whose front page holds only short lines', () => {
  it('keeps "AGENDA" under the venue’s line a heading of its own', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(14).text('ALDERWICK DISTRICT COUNCIL').moveDown(0.5);
      document.fontSize(11).text('Planning Committee').moveDown(0.5);
      document
        .font('Helvetica')
        .fontSize(10.5)
        .text('Wednesday 4 May 2033 at 7.00pm, Council Chamber, Alderwick House');
      document.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text('AGENDA').moveDown(0.5);
      document.font('Helvetica').fontSize(10.5).text('1. Apologies for Absence').moveDown(0.6);
      document.text('2. Minutes of the meeting held on 6 April 2033').moveDown(0.6);
      document.text('3. 33/0214/FUL – Land west of Mill Lane, Harford');
    });
    const { text } = await pdfToText(data);
    expect(text).toContain('Alderwick House\n');
    const [agenda] = parseDocument({ source: 'pack.pdf', sha256: 'e'.repeat(64), text }).parts;
    expect(agenda).toMatchObject({ kind: 'agenda', meetingDate: '2033-05-04' });
  });

  it('names the committee printed in mixed case under the council’s name as the body that meets', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(14).text('ALDERWICK DISTRICT COUNCIL').moveDown(0.5);
      document.fontSize(11).text('Licensing Committee').moveDown(0.5);
      document.font('Helvetica').fontSize(10.5).text('Tuesday 10 May 2033 at 2.00pm, Committee Room 1').moveDown();
      document.font('Helvetica-Bold').fontSize(13).text('AGENDA').moveDown(0.5);
      document.font('Helvetica').fontSize(10.5).text('1. Apologies for Absence').moveDown(0.6);
      document.text('2. Taxi Fares Review');
    });
    const { text } = await pdfToText(data);
    const [agenda] = parseDocument({ source: 'pack.pdf', sha256: 'a'.repeat(64), text }).parts;
    expect(agenda).toMatchObject({ kind: 'agenda', committee: 'Licensing Committee', meetingDate: '2033-05-10' });
  });

  it('dates a report printed after the earlier meeting’s minutes, its officer over its title, by the pack', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(13).text('AGENDA');
      document.font('Helvetica').fontSize(10.5).text('Planning Committee, Alderwick House, 4 May 2033').moveDown();
      document.text('1. Minutes of the meeting held on 6 April 2033').moveDown();
      document.text('2. 33/0214/FUL – Land west of Mill Lane, Harford');
      document.addPage();
      document.font('Helvetica-Bold').fontSize(11).text('Minutes of the Planning Committee held on 6 April 2033');
      document
        .font('Helvetica')
        .fontSize(10.5)
        .text('Present: Councillors Ada Quill (Chair) and Rory Vane.')
        .moveDown();
      document.text('1. Apologies for Absence').moveDown(0.5).text('There were none.').moveDown();
      document.text('2. Former Dairy, Brook Street').moveDown(0.5);
      document.text('RESOLVED – That planning permission be refused.');
      document.addPage();
      document.font('Helvetica-Bold').fontSize(11).text('Report of the Head of Planning').moveDown(0.5);
      document.text('33/0214/FUL – Land west of Mill Lane, Harford').moveDown(0.5);
      document.font('Helvetica').fontSize(10.5).text('The application seeks outline permission for up to 60 homes.');
    });
    const { text, pageStarts } = await pdfToText(data);
    const parts = parseDocument({ source: 'pack.pdf', sha256: 'f'.repeat(64), text, pageStarts }).parts;
    const holding = parts.find((part) => text.slice(part.start, part.end).includes('up to 60 homes'));
    expect(holding).toMatchObject({ kind: 'report', meetingDate: '2033-05-04' });
  });
});

describe('an upright DRAFT watermark stamped under the text', () => {
  it('drops the stamp and keeps a minute’s heading with its text', async () => {
    const data = await renderPdf((document) => {
      document.font('Helvetica-Bold').fontSize(110).fillColor('#e6e6e6').text('DRAFT', 140, 360, { lineBreak: false });
      document.fillColor('#000000').font('Helvetica-Bold').fontSize(11).text('HB/33/07 Pontoon Lighting', 64, 64);
      document.font('Helvetica').fontSize(10.5).moveDown(0.5);
      document.text('The Harbour Master reported that the pontoon lights had failed in the storm of 4 March.');
      document.text('RESOLVED – That the lights be replaced at a cost of £8,400.');
    });
    const { text } = await pdfToText(data);
    expect(text).not.toContain('DRAFT');
    expect(text).toMatch(/HB\/33\/07 Pontoon Lighting\n+The Harbour Master/);
  });
});
