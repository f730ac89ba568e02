import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../test/support/render-pdf.js';
import { parseDocument } from '../parse/parse-document.js';
import { pdfToText } from './pdf-to-text.js';
import { readInput } from './read-input.js';

// An invented authority's minutes as a writer lays them out that adds the running header and page number to
// every page after the body (pdfkit's buffered pages): in the stream the header comes last on each page.
async function authorityMinutesPdf(pages: number): Promise<Buffer> {
  return renderPdf(
    (document) => {
      document.font('Helvetica-Bold').fontSize(13);
      document
        .text('Minutes of the meeting of the Authority held at Service Headquarters on Thursday 6 March 2025')
        .moveDown();
      document.font('Helvetica').fontSize(11);
      document
        .text('Present: Councillor Rosalind Eke (Chair), Councillor Victor Amadi, Councillor Faye Brocklehurst')
        .moveDown();
      for (let item = 1; item <= pages; item += 1) {
        document.font('Helvetica-Bold').text(`${item}. Station Review ${item}`).moveDown(0.3);
        document.font('Helvetica').text('The Chief Fire Officer reported on crewing at the stations. '.repeat(60));
        document.text(`RESOLVED to note the review of station ${item}.`).moveDown();
      }
      const range = document.bufferedPageRange();
      for (let page = range.start; page < range.start + range.count; page += 1) {
        document.switchToPage(page);
        document
          .font('Helvetica-Bold')
          .fontSize(10)
          .text('HARTSHIRE FIRE AND RESCUE AUTHORITY', 56, 20, { lineBreak: false });
        document
          .font('Helvetica')
          .fontSize(9)
          .text(`Page ${page + 1}`, 56, 800, { lineBreak: false });
      }
    },
    { margin: 56, bufferPages: true, creationDate: new Date('2025-01-01T00:00:00Z') },
  );
}

describe('running headers drawn after the page body', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'quorum-running-headers-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it.each([1, 3])('heads a %i-page paper with the body named over every page, named once', async (pages) => {
    const path = join(scratch, `authority-${pages}.pdf`);
    await writeFile(path, await authorityMinutesPdf(pages));
    const input = await readInput(path);
    expect(input.pageStarts!.length).toBeGreaterThanOrEqual(pages);
    expect(input.text.startsWith('HARTSHIRE FIRE AND RESCUE AUTHORITY\n')).toBe(true);
    expect(input.text.match(/HARTSHIRE FIRE AND RESCUE AUTHORITY/g)).toHaveLength(1);
    expect(input.text).not.toMatch(/Page \d/);
    const document = parseDocument({
      source: path,
      sha256: 'c'.repeat(64),
      text: input.text,
      pageStarts: input.pageStarts,
    });
    const minutes = document.parts.find((part) => part.kind === 'minutes')!;
    expect(minutes.committee).toBe('Hartshire Fire and Rescue Authority');
    // The header no longer closes the last item of a page.
    for (const item of minutes.minutes!.items) {
      expect(input.text.slice(item.start, item.end)).not.toContain('HARTSHIRE');
    }
  });
});

/** Four pages of cabinet minutes, each page opening on a minute, the committee over odd pages and the date over even. */
function facingPagesMinutesPdf(): Promise<Buffer> {
  return renderPdf(
    (document) => {
      document.font('Helvetica-Bold').fontSize(12).text('Minutes of the Cabinet held on Thursday 8 June 2033');
      document
        .font('Helvetica')
        .fontSize(10.5)
        .text('Present: Councillors Ada Quill (Chair) and Rory Vane.')
        .moveDown();
      for (const [index, number] of ['CAB/33/20', 'CAB/33/21', 'CAB/33/23', 'CAB/33/24'].entries()) {
        if (index > 0) document.addPage();
        document.font('Helvetica').fontSize(10.5).text(number);
        document
          .font('Helvetica-Bold')
          .fontSize(11)
          .text(`Depot Review Part ${index + 1}`)
          .moveDown(0.5);
        document.font('Helvetica').fontSize(10.5).text('The Director reported on the depot. '.repeat(8)).moveDown();
        document.text(`RESOLVED – That part ${index + 1} of the review be noted.`);
      }
      const range = document.bufferedPageRange();
      for (let page = range.start; page < range.start + range.count; page += 1) {
        document.switchToPage(page);
        const header = page % 2 === 0 ? 'Cabinet' : 'Thursday 8 June 2033';
        document.font('Helvetica').fontSize(8).text(header, 64, 28, { lineBreak: false });
        document.text(`${page + 1}`, 290, 800, { lineBreak: false });
      }
    },
    { bufferPages: true },
  );
}

describe('running headers that differ between odd and even pages', () => {
  it('drops the committee over odd pages and the date over even ones', async () => {
    const { text } = await pdfToText(await facingPagesMinutesPdf());
    expect(text).not.toMatch(/^Cabinet$/m);
    expect(text).not.toMatch(/^Thursday 8 June 2033$/m);
  });

  it('keeps the minute reference opening each page, though it masks alike on every page', async () => {
    const { text } = await pdfToText(await facingPagesMinutesPdf());
    for (const number of ['CAB/33/20', 'CAB/33/21', 'CAB/33/23', 'CAB/33/24']) expect(text).toContain(number);
  });
});

describe('a running header that starts after a section break', () => {
  it('drops the header from the later pages, though the cover and summary pages carry none', async () => {
    const data = await renderPdf(
      (document) => {
        const sections = ['Summary', 'Recommendations', '1. Background', '2. Financial Implications'];
        for (const [index, section] of sections.entries()) {
          if (index > 0) document.addPage();
          document.font('Helvetica-Bold').fontSize(11).text(section).moveDown(0.5);
          document
            .font('Helvetica')
            .fontSize(10.5)
            .text(`Section ${index + 1} of the winter service review. `.repeat(6));
        }
        const range = document.bufferedPageRange();
        for (let page = range.start + 2; page < range.start + range.count; page += 1) {
          document.switchToPage(page);
          document
            .font('Helvetica')
            .fontSize(8)
            .text('Highways Scrutiny Committee – Winter Service Review', 64, 28, { lineBreak: false });
        }
      },
      { bufferPages: true },
    );
    const { text } = await pdfToText(data);
    expect(text).not.toContain('Highways Scrutiny Committee');
    expect(text).toContain('1. Background');
  });
});

describe('a running header broken over two lines, after a cover page that carries none', () => {
  it('drops both lines of the header from the later pages', async () => {
    const data = await renderPdf(
      (document) => {
        document.font('Helvetica-Bold').fontSize(26).text('STOWFORD TOWN COUNCIL', 64, 300);
        for (const item of ['AOS/34/02 Play Areas', 'AOS/34/03 Allotments']) {
          document.addPage();
          document.font('Helvetica-Bold').fontSize(11).text(item).moveDown(0.5);
          document
            .font('Helvetica')
            .fontSize(10.5)
            .text('The clerk reported on the sites and their upkeep. '.repeat(5));
        }
        const range = document.bufferedPageRange();
        for (let page = range.start + 1; page < range.start + range.count; page += 1) {
          document.switchToPage(page);
          document.font('Helvetica').fontSize(8);
          document.text('Amenities and Open Spaces', 400, 22, { lineBreak: false });
          document.text('Committee – 9 June 2034', 400, 32, { lineBreak: false });
        }
      },
      { bufferPages: true },
    );
    const { text } = await pdfToText(data);
    expect(text).not.toContain('Amenities and Open Spaces');
    expect(text).not.toContain('Committee – 9 June 2034');
    expect(text).toContain('AOS/34/03 Allotments');
  });
});
