import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
export type SymbolFont = 'dingbats' | 'wingdings';

// A dingbat font drawn without metrics of its own reads in the text layer as the letters of its codes: an
// attendance table's ticks (ZapfDingbats "4" is ✔, "8" is ✘) read "4" and "8", a figure or a name's initial.
const dingbats: Record<string, string> = {
  '3': '✓',
  '4': '✔',
  '5': '✕',
  '6': '✖',
  '7': '✗',
  '8': '✘',
  l: '●',
  n: '■',
};
const wingdings: Record<string, string> = { ü: '✓', û: '✗', þ: '☑', ý: '☒', o: '☐', x: '☒' };
// Wingdings set in an embedded font reads as the Private Use Area code U+F000 + its byte: never text.
const privateUseTicks: Record<string, string> = {
  '\uf0fc': '✓',
  '\uf0fb': '✗',
  '\uf0fe': '☑',
  '\uf0fd': '☒',
  '\uf06f': '☐',
};

/**
 * The page's fonts that are dingbats, by pdf.js's id. Their names are known only once the page's drawing is
 * parsed, which costs as much again as its text: that is done only on a page using a font with no metrics, as
 * the standard Symbol and ZapfDingbats fonts are set.
 */
export async function findSymbolFonts(page: PDFPageProxy, content: TextContent): Promise<Map<string, SymbolFont>> {
  const found = new Map<string, SymbolFont>();
  const suspects = Object.entries(content.styles)
    .filter(([, style]) => Number.isNaN(style.ascent))
    .map(([id]) => id);
  if (suspects.length === 0) return found;
  await page.getOperatorList();
  for (const id of suspects) {
    const name = fontName(page, id);
    if (/dingbats/i.test(name)) found.set(id, 'dingbats');
    else if (/wingdings/i.test(name)) found.set(id, 'wingdings');
  }
  return found;
}

function fontName(page: PDFPageProxy, id: string): string {
  if (!page.commonObjs.has(id)) return '';
  const font: unknown = page.commonObjs.get(id);
  return typeof font === 'object' && font !== null && 'name' in font && typeof font.name === 'string' ? font.name : '';
}

/** The marks a dingbat font's codes draw; Private Use Area ticks of any font as the ticks they are. */
export function readSymbolGlyphs(text: string, font: SymbolFont | undefined): string {
  const table = font === 'dingbats' ? dingbats : font === 'wingdings' ? wingdings : privateUseTicks;
  return [...text].map((character) => table[character] ?? privateUseTicks[character] ?? character).join('');
}
