import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFPageProxy, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { joinPages, type PagedText } from './join-wrapped-lines.js';
import { type PageLine, pageLines } from './pdf-page-lines.js';
import { dropRunningLines } from './running-lines.js';

type TextContentItem = Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number];
type TextItem = Extract<TextContentItem, { str: string }>;

// Font and character-map data ship inside the package; reading them from disk keeps extraction offline.
const packageFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const standardFontDataUrl = `${join(packageFolder, 'standard_fonts')}/`;
const cMapUrl = `${join(packageFolder, 'cmaps')}/`;

// pdf.js in Node shares one in-process worker; documents opened concurrently on it fail at random with
// "Invalid page request". Extractions therefore run one after another.
let queue: Promise<unknown> = Promise.resolve();

export interface PdfText extends PagedText {
  /** 1-based numbers of the pages that carry no text at all (scanned pages, pictures) among pages that do. */
  textlessPages: number[];
}

/**
 * Extracts the text layer of a PDF: lines rebuilt from the text items, running headers, footers and page
 * numbers dropped, wrapped lines and hyphenated words joined, paragraphs separated by a blank line.
 * `pageStarts[i]` is the offset in `text` where PDF page i + 1 begins. Throws whatever pdf.js throws for
 * a damaged or encrypted file.
 */
export function pdfToText(data: Uint8Array): Promise<PdfText> {
  const result = queue.then(() => extract(data));
  queue = result.catch(() => undefined);
  return result;
}

async function extract(data: Uint8Array): Promise<PdfText> {
  const loadingTask = getDocument({
    // pdf.js refuses Node Buffers and may take ownership of the bytes it is given, so it gets a copy.
    data: new Uint8Array(data),
    standardFontDataUrl,
    cMapUrl,
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    stopAtErrors: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await loadingTask.promise;
    const pages: PageLine[][] = [];
    const textless: number[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      const [, bottom, , top] = page.view as [number, number, number, number];
      const items = content.items.filter(isTextItem);
      if (items.every((item) => item.str.trim() === '')) textless.push(pageNumber);
      pages.push(pageLines(items, { bottom, top }));
      page.cleanup();
    }
    // A paper with no text at all is refused whole by the reader; only pages missing among others are noted.
    const textlessPages = textless.length < document.numPages ? textless : [];
    return { ...joinPages(dropRunningLines(pages)), textlessPages };
  } finally {
    await loadingTask.destroy();
  }
}

function isTextItem(item: TextContentItem): item is TextItem {
  return 'str' in item;
}
