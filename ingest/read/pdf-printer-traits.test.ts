import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../test/support/render-pdf.js';
import { parseDocument } from '../parse/parse-document.js';
import { readInput } from './read-input.js';

// An invented cabinet's minutes as some producers print them: the meeting's day only in the running header over
// every page.
async function cabinetMinutesPdf(): Promise<Buffer> {
  return renderPdf(
    (document) => {
      document.font('Helvetica-Bold').fontSize(13).text('GRAVENMOOR DISTRICT COUNCIL');
      document.fontSize(11).text('Minutes of the Cabinet').moveDown();
      document.moveDown();
      for (let item = 71; item <= 73; item += 1) {
        document
          .font('Helvetica-Bold')
          .fontSize(11)
          .text(`CAB ${item} Quarry Road Depot Phase ${item - 70}`)
          .moveDown(0.3);
        document
          .font('Helvetica')
          .fontSize(10.5)
          .text('The Director reported on the depot works. '.repeat(50))
          .moveDown();
      }
      const range = document.bufferedPageRange();
      for (let page = range.start; page < range.start + range.count; page += 1) {
        document.switchToPage(page);
        document.font('Helvetica').fontSize(8).text('Cabinet – 14 February 2033', 64, 28, { lineBreak: false });
        document.text(`Page ${page + 1} of ${range.count}`, 270, 800, { lineBreak: false });
      }
    },
    { bufferPages: true },
  );
}

// Two text pages with a scanned sheet between them: grey strokes and no text at all.
async function scannedPagePdf(): Promise<Buffer> {
  return renderPdf((document) => {
    document
      .font('Helvetica')
      .fontSize(11)
      .text('Minutes of the meeting of Ashwater Parish Council held on 3 March 2033.');
    document.addPage();
    for (let line = 0; line < 12; line += 1)
      document
        .moveTo(90, 100 + line * 30)
        .lineTo(300, 100 + line * 30)
        .stroke();
    document.addPage();
    document.text('RESOLVED – That the pond railings be repainted for £640.');
  });
}

describe('PDF traits of other producers', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'quorum-printer-traits-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('reads a date printed only in the running header, and "CAB 71" minute numbers', async () => {
    const path = join(scratch, 'cabinet.pdf');
    await writeFile(path, await cabinetMinutesPdf());
    const input = await readInput(path);
    // The header is kept once, on the first page, as the meeting's title.
    expect(input.text.startsWith('Cabinet – 14 February 2033\n')).toBe(true);
    expect(input.text.match(/14 February 2033/g)).toHaveLength(1);
    const document = parseDocument({
      source: path,
      sha256: 'd'.repeat(64),
      text: input.text,
      pageStarts: input.pageStarts,
    });
    const minutes = document.parts.find((part) => part.kind === 'minutes')!;
    expect(minutes.committee).toBe('Cabinet');
    expect(minutes.meetingDate).toBe('2033-02-14');
    expect(minutes.minutes!.items.map((item) => item.number)).toEqual(['CAB 71', 'CAB 72', 'CAB 73']);
  });

  it('notes a scanned page among text pages and keeps the pages after it in their place', async () => {
    const path = join(scratch, 'scanned.pdf');
    await writeFile(path, await scannedPagePdf());
    const input = await readInput(path);
    expect(input.notes).toEqual([
      `${path}: page 2 has no text layer and is not indexed (a scanned page needs OCR first)`,
    ]);
    expect(input.pageStarts).toHaveLength(3);
    expect(input.text.slice(input.pageStarts![2])).toMatch(/^RESOLVED – That the pond railings/);
    const cabinet = join(scratch, 'cabinet-notes.pdf');
    await writeFile(cabinet, await cabinetMinutesPdf());
    expect((await readInput(cabinet)).notes).toBeUndefined();
  });
});
