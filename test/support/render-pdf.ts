import PDFDocument from 'pdfkit';

export type PdfDocument = PDFKit.PDFDocument;

export interface RenderPdfOptions {
  margin?: number;
  /** Keep every page open until the end, so headers and page numbers can be written over them last. */
  bufferPages?: boolean;
  /** A fixed creation date keeps the bytes, and so the paper's sha256, the same from run to run. */
  creationDate?: Date;
}

/** An invented A4 paper drawn with pdfkit, returned as the bytes a council site would serve. */
export async function renderPdf(
  draw: (document: PdfDocument) => void,
  options: RenderPdfOptions = {},
): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A4',
    margin: options.margin ?? 64,
    bufferPages: options.bufferPages ?? false,
    info: { CreationDate: options.creationDate ?? new Date('2033-01-01T00:00:00Z') },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  draw(document);
  document.end();
  return finished;
}
