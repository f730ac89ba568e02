import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import JSZip from 'jszip';

// Invented Word papers of an invented parish, built in code the way Word saves them: minute numbers
// and agenda numbers are Word's automatic list numbering, never typed into the text.

const minuteList = 'minute-numbers';
const resolutionList = 'resolution-letters';
const agendaList = 'agenda-numbers';

const numbering = {
  config: [
    {
      // Parish minutes numbered by council year and running number, "25/31" onwards.
      reference: minuteList,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '25/%1', start: 31, alignment: AlignmentType.LEFT }],
    },
    {
      reference: resolutionList,
      levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.LEFT }],
    },
    {
      reference: agendaList,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }],
    },
  ],
};

function minute(title: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: title, bold: true })],
    numbering: { reference: minuteList, level: 0 },
  });
}

function resolved(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: 'RESOLVED', bold: true }), new TextRun(` ${text}`)] });
}

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

function row(...cells: string[]): TableRow {
  return new TableRow({ children: cells.map(cell) });
}

/** Parish minutes: front matter, Word-numbered minutes, a lettered resolution list and RESOLVED lines. */
export async function parishMinutesDocx(): Promise<Buffer> {
  const document = new Document({
    numbering,
    sections: [
      {
        children: [
          new Paragraph({ text: 'WEYBOURNE MARSH PARISH COUNCIL', heading: HeadingLevel.TITLE }),
          new Paragraph(
            'Minutes of the Meeting of Weybourne Marsh Parish Council held on Monday 7 April 2025 at 7.00pm in the Reading Room',
          ),
          new Paragraph('Present: Cllr P Varga (Chair), Cllr H Quist, Cllr D Amadi and Cllr L Pennock'),
          new Paragraph('In attendance: Mrs S Holloway (Clerk) and two residents'),
          minute('Apologies for absence'),
          new Paragraph('Apologies were received and accepted from Cllr R Oyelaran.'),
          minute('Declarations of interest'),
          new Paragraph('None were declared.'),
          minute('Footpath lighting on Saltings Lane'),
          new Paragraph(
            'The Clerk reported three quotations for four solar bollard lights along the footpath to the ferry slipway. ' +
              'Members noted that the lowest quotation of £6,480 included five years of maintenance.',
          ),
          resolved('that:'),
          new Paragraph({
            text: 'the quotation of £6,480 from Harrow Solar be accepted;',
            numbering: { reference: resolutionList, level: 0 },
          }),
          new Paragraph({
            text: 'the cost be met from the footpath reserve.',
            numbering: { reference: resolutionList, level: 0 },
          }),
          minute('Allotment rents'),
          new Paragraph('Members considered the allotment rents for the coming year.'),
          resolved('that allotment rents rise to £42 a plot from 1 October 2025.'),
          minute('Bus shelter on Quay Road'),
          new Paragraph(
            'Members noted that a glass panel of the shelter had been cracked. The Clerk will write to the county council to request a repair.',
          ),
          minute('Next meeting'),
          new Paragraph('The next meeting will be held on Monday 12 May 2025.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** An agenda with Word-numbered items and a table of the papers for each item. */
export async function parishAgendaDocx(): Promise<Buffer> {
  const document = new Document({
    numbering,
    sections: [
      {
        children: [
          new Paragraph({ text: 'WEYBOURNE MARSH PARISH COUNCIL', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'AGENDA', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Monday 12 May 2025 at 7.00pm in the Reading Room'),
          new Paragraph({ text: 'Apologies for absence', numbering: { reference: agendaList, level: 0 } }),
          new Paragraph({ text: 'Declarations of interest', numbering: { reference: agendaList, level: 0 } }),
          new Paragraph({ text: 'Slipway repairs', numbering: { reference: agendaList, level: 0 } }),
          new Paragraph('To consider the engineer’s survey of the ferry slipway.'),
          new Paragraph({ text: 'Village sign', numbering: { reference: agendaList, level: 0 } }),
          new Table({
            rows: [
              row('Item', 'Paper', 'Presented by'),
              row('3', 'Slipway survey', 'Clerk'),
              row('4', 'Village sign designs', 'Cllr H Quist'),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * The agenda as a converter that writes no styles part saves it: its table still names Word's "TableGrid" style,
 * which the package does not define.
 */
export async function agendaWithoutStylesPartDocx(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await parishAgendaDocx());
  zip.remove('word/styles.xml');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file('word/_rels/document.xml.rels', rels.replace(/<Relationship [^>]*Target="styles\.xml"[^>]*\/>/, ''));
  const document = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', document.replace('<w:tblPr>', '<w:tblPr><w:tblStyle w:val="TableGrid"/>'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** An officer's draft: tracked changes, a footnote, and a running header and footer on every page. */
export async function draftWithTrackedChangesDocx(): Promise<Buffer> {
  const change = { author: 'Clerk', date: '2025-04-08T09:00:00Z' };
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph('Quotation valid until 30 June 2025.')] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('DRAFT – not yet approved')] }) },
        footers: { default: new Footer({ children: [new Paragraph('Weybourne Marsh Parish Council')] }) },
        children: [
          new Paragraph({
            children: [
              new TextRun('The lights will be installed'),
              new DeletedTextRun({ text: ' in May', id: 1, ...change }),
              new InsertedTextRun({ text: ' in July', id: 2, ...change }),
              new TextRun('.'),
              new FootnoteReferenceRun(1),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A real .docx cut off part way, as a failed download leaves it. */
export async function truncatedDocx(): Promise<Buffer> {
  const whole = await parishMinutesDocx();
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/**
 * A real .docx with one more XML part of `megabytes` of spaces, whose zip size fields are forged to claim
 * a few bytes, as a crafted "zip bomb" does: only unpacking the part shows its size.
 */
export async function docxWithForgedBomb(megabytes: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await parishMinutesDocx());
  zip.file('word/padding.xml', ' '.repeat(megabytes * 1024 * 1024), { compression: 'DEFLATE' });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  forgeUncompressedSize(bytes, 'word/padding.xml', 64);
  return bytes;
}

/** Overwrites the uncompressed size a zip's local header and directory entry state for one part. */
function forgeUncompressedSize(zip: Buffer, name: string, size: number): void {
  const encodedName = Buffer.from(name);
  for (const [signature, nameAt, sizeAt] of [
    [0x04034b50, 30, 22],
    [0x02014b50, 46, 24],
  ] as const) {
    for (let offset = 0; offset + nameAt + encodedName.length <= zip.length; offset++) {
      if (zip.readUInt32LE(offset) !== signature) continue;
      if (!zip.subarray(offset + nameAt, offset + nameAt + encodedName.length).equals(encodedName)) continue;
      zip.writeUInt32LE(size, offset + sizeAt);
    }
  }
}

/** A zip archive holding no Word document (a spreadsheet's parts, say). */
export async function zipThatIsNotWord(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('xl/workbook.xml', '<workbook/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

/**
 * The first bytes of an OLE compound file, the container of Word 97-2003 documents and of Office
 * documents encrypted with a password; `stream` names a stream inside it as the directory stores it.
 */
export function compoundFile(stream: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);
}
