import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFPageProxy, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

type TextContentItem = Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number];
type TextItem = Extract<TextContentItem, { str: string }>;

// Font and character-map data ship inside the package; reading them from disk keeps extraction offline.
const packageFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const standardFontDataUrl = `${join(packageFolder, 'standard_fonts')}/`;
const cMapUrl = `${join(packageFolder, 'cmaps')}/`;

// A baseline move beyond this share of the font height starts a new line (superscripts stay inline).
const newLineShare = 0.5;
// A drop beyond this many font heights is a paragraph gap, rendered as a blank line like the .txt papers.
const paragraphGap = 1.7;
// A horizontal gap beyond this share of the font height between two items is a word space.
const wordGapShare = 0.15;

/**
 * Extracts the text layer of a PDF, page by page: lines rebuilt from the text items' end-of-line marks
 * and baseline changes, paragraphs separated by a blank line. Pages without text are left out; each
 * keeps its 1-based number. Throws whatever pdf.js throws for a damaged or encrypted file.
 */
export async function pdfToPages(data: Uint8Array): Promise<{ page: number; text: string }[]> {
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
    const pages: { page: number; text: string }[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      const text = pageText(content.items.filter(isTextItem));
      if (text !== '') pages.push({ page: pageNumber, text });
      page.cleanup();
    }
    return pages;
  } finally {
    await loadingTask.destroy();
  }
}

function isTextItem(item: TextContentItem): item is TextItem {
  return 'str' in item;
}

function pageText(items: TextItem[]): string {
  const lines: string[] = [];
  let line = '';
  let previous: { y: number; endX: number; height: number } | undefined;

  const endLine = (): void => {
    const text = line.trimEnd();
    if (text !== '') lines.push(text);
    line = '';
  };

  for (const item of items) {
    if (item.str !== '') {
      const x = item.transform[4] as number;
      const y = item.transform[5] as number;
      const height = item.height || Math.hypot(item.transform[2] as number, item.transform[3] as number) || 1;
      if (previous !== undefined) {
        const fontHeight = Math.max(height, previous.height);
        if (Math.abs(previous.y - y) > newLineShare * fontHeight) {
          endLine();
          if (previous.y - y > paragraphGap * fontHeight && lines.length > 0 && lines.at(-1) !== '') lines.push('');
        } else if (x - previous.endX > wordGapShare * fontHeight && !/\s$/.test(line) && !/^\s/.test(item.str)) {
          line += ' ';
        }
      }
      line += item.str;
      previous = { y, endX: x + item.width, height };
    }
    if (item.hasEOL) endLine();
  }
  endLine();
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}
