import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../test/support/render-pdf.js';
import { parseDocument } from '../parse/parse-document.js';
import { pdfToText } from './pdf-to-text.js';

// Invented parish minutes with their schedule of payments printed on a page of its own after the last minute,
// headed with the minute it belongs to (as in test/fixtures/held-out-pdfs-7's Marrowby minutes).

async function minutesWithSchedule(scheduleHeading: string): Promise<string> {
  const data = await renderPdf((document) => {
    const heading = (text: string): void => {
      document.font('Helvetica-Bold').fontSize(11).text(text).moveDown(0.5);
    };
    const paragraph = (text: string): void => {
      document.font('Helvetica').fontSize(10.5).text(text).moveDown(0.6);
    };
    paragraph('Minutes of the Finance Committee of Hobley Parish Council held on Tuesday 5 July 2033 at 7.30pm.');
    heading('FC/33/40 Payments');
    paragraph('RESOLVED: that the payments in the schedule, totalling £2,118.40, be approved.');
    heading('FC/33/41 Bank Reconciliation');
    paragraph('RESOLVED: that the bank reconciliation to 30 June 2033 be accepted.');
    heading('FC/33/42 Grants');
    paragraph('RESOLVED: that £400 be granted to the Hobley Bowls Club.');
    document.addPage();
    heading(scheduleHeading);
    paragraph('Hobley Garden Services – verge cutting, June – £1,640.00');
    paragraph('Clerk’s salary, June – £478.40');
  });
  return (await pdfToText(data)).text;
}

function items(text: string): [string, string][] {
  const minutes = parseDocument({ source: 'minutes.pdf', sha256: 'c'.repeat(64), text }).parts.find(
    (part) => part.kind === 'minutes',
  );
  return (minutes?.minutes?.items ?? []).map((item) => [item.number, text.slice(item.start, item.end)]);
}

describe('a schedule printed after the last minute, naming the minute it belongs to', () => {
  it('is filed under the minute it names, not under the last minute', async () => {
    const text = await minutesWithSchedule('Schedule of Payments – June 2033 (minute FC/33/40)');
    const filed = items(text);
    expect(filed.map(([number]) => number)).toEqual(['FC/33/40', 'FC/33/41', 'FC/33/42', 'FC/33/40']);
    expect(filed[2]![1]).not.toContain('Hobley Garden Services');
    expect(filed[3]![1]).toMatch(/^Schedule of Payments – June 2033 \(minute FC\/33\/40\)[\s\S]*£478\.40$/);
  });

  it('stays with the last minute when the minute it names is not among the minutes', async () => {
    const text = await minutesWithSchedule('Schedule of Payments – June 2033 (minute FC/33/12)');
    expect(items(text).map(([number]) => number)).toEqual(['FC/33/40', 'FC/33/41', 'FC/33/42']);
  });
});
