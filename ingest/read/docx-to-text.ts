import JSZip from 'jszip';
import mammoth from 'mammoth';
import { htmlToText } from './html-to-text.js';
import { UnzipSizeProblem, unzippedSize } from './unzipped-size.js';
import { type ListParagraph, listParagraphLabels, textKey } from './word-list-labels.js';

/** Why a .docx cannot be read, in words for the one-line error; `kind` picks the error code. */
export class DocxProblem extends Error {
  constructor(
    readonly kind: 'protected' | 'unsupported' | 'corrupt' | 'too-large',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DocxProblem';
  }
}

/** The element shapes of mammoth's document model that numbering touches. */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  numbering?: { isOrdered: boolean } | null;
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
// Word 97-2003 files, and Office files encrypted with a password, are OLE compound files.
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An encrypted Office file keeps its package in a stream of this name (stored as UTF-16).
const encryptedPackage = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * Reads a Word .docx as the same markdown-ish text as an HTML paper: mammoth turns Word's styles into
 * headings, paragraphs, lists and tables, and the HTML reader does the rest. Numbers Word draws for
 * automatically numbered paragraphs (minute numbers such as "5." or "23/45") are restored ahead of
 * their text as if typed, because mammoth keeps only "this is a list item" and each list after an
 * interruption would start again at 1. Bullets stay list items. A .docx has no fixed pages (the
 * layout depends on the printer and fonts), so no page offsets are returned.
 */
export async function docxToText(bytes: Uint8Array, { maxUnzippedBytes }: DocxLimits): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkSignature(buffer);
  checkUnzippedSize(buffer, maxUnzippedBytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    throw new DocxProblem('corrupt', `damaged Word document, cannot be opened (${firstLine(error)})`, { cause: error });
  }
  const part = (name: string): Promise<string> | undefined => zip.file(name)?.async('string');
  const document = await part('word/document.xml');
  if (document === undefined) {
    throw new DocxProblem('unsupported', 'a zip archive but not a Word document (no word/document.xml)');
  }
  let html: string;
  try {
    const labels = listParagraphLabels({
      document,
      numbering: await part('word/numbering.xml'),
      styles: await part('word/styles.xml'),
    });
    const result = await mammoth.convertToHtml(
      { buffer: await withStylesPart(zip, buffer) },
      {
        transformDocument: (root: MammothElement) => putBackListLabels(root, labels),
        // Pictures carry no text to cite; converting them would only inline their bytes.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new DocxProblem('corrupt', `damaged Word document, cannot be read (${firstLine(error)})`, { cause: error });
  }
  // A footnote ends with a link back to its reference, drawn as an arrow: nothing to read or cite.
  return htmlToText(html.replace(/<a href="#(?:footnote|endnote)-ref-[^"]*">↑<\/a>/g, ''));
}

// An empty styles part: the document's own formatting (bold, tables, lists) still reads without one.
const emptyStyles =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';

/**
 * The package as mammoth can read it. Word always saves a styles part, but other writers (converters, generators)
 * may leave it out, and mammoth then fails on the first table naming a style ("TableGrid"): an empty styles part
 * reads the same document with Word's defaults.
 */
async function withStylesPart(zip: JSZip, buffer: Buffer): Promise<Buffer> {
  if (zip.file(/(?:^|\/)styles\.xml$/i).length > 0) return buffer;
  zip.file('word/styles.xml', emptyStyles);
  return zip.generateAsync({ type: 'nodebuffer' });
}

export interface DocxLimits {
  /** The most the document's XML parts may unpack to; the file's own size says nothing of it. */
  maxUnzippedBytes: number;
}

// The parts mammoth and the list numbering read: the XML of the text, styles, numbering and their links.
// Pictures are never unpacked (their conversion is skipped), so they do not count.
const readPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

function checkUnzippedSize(buffer: Buffer, limit: number): void {
  try {
    unzippedSize(buffer, readPart, limit);
  } catch (error) {
    if (!(error instanceof UnzipSizeProblem)) throw error;
    if (error.kind === 'too-large') {
      const megabytes = Math.round(limit / (1024 * 1024));
      throw new DocxProblem('too-large', `Word document's text parts unpack to more than ${megabytes} MB`, {
        cause: error,
      });
    }
    throw new DocxProblem('corrupt', `damaged Word document, cannot be opened (${error.message})`, { cause: error });
  }
}

function checkSignature(buffer: Buffer): void {
  if (startsWith(buffer, compoundFileSignature)) {
    if (buffer.includes(encryptedPackage)) {
      throw new DocxProblem('protected', 'Word document is password-protected (save a copy without the password)');
    }
    throw new DocxProblem('unsupported', 'a Word 97-2003 .doc file named .docx (save it as .docx)');
  }
  if (!startsWith(buffer, zipSignature)) {
    throw new DocxProblem('corrupt', 'damaged Word document (not a .docx package)');
  }
}

function startsWith(buffer: Buffer, signature: number[]): boolean {
  return signature.every((byte, index) => buffer[index] === byte);
}

/**
 * Gives each numbered paragraph of mammoth's document its Word label as leading text and drops its list
 * marking, so it reads as a typed "5. Apologies" would. Paragraphs are matched to labels by their text
 * in document order, so a paragraph either side reads differently (a text box, a field) costs only
 * its own label, never shifts the others.
 */
function putBackListLabels(root: MammothElement, labels: ListParagraph[]): MammothElement {
  let next = 0;
  const stack: MammothElement[] = [root];
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    const children = element.children ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as MammothElement);
    if (element.type !== 'paragraph' || !element.numbering) continue;
    const key = textKey(elementText(element));
    const found = findLabel(labels, next, key);
    if (found === undefined) continue;
    next = found + 1;
    const { label } = labels[found]!;
    if (label === '') continue;
    element.numbering = null;
    element.children = [{ type: 'text', value: `${label} ` }, ...children];
  }
  return root;
}

// How far ahead a paragraph's label is looked for: bounded, so a document whose two readings disagree
// throughout costs linear time, not quadratic.
const labelLookahead = 50;

function findLabel(labels: ListParagraph[], from: number, key: string): number | undefined {
  for (let index = from; index < Math.min(labels.length, from + labelLookahead); index += 1) {
    if (labels[index]!.key === key) return index;
  }
  return undefined;
}

function elementText(root: MammothElement): string {
  const parts: string[] = [];
  const stack: MammothElement[] = [root];
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    if (element.type === 'text' && typeof element.value === 'string') parts.push(element.value);
    const children = element.children ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as MammothElement);
  }
  return parts.join('');
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
