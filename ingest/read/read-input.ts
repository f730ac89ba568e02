import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { defaultIngestLimits, type IngestLimits } from '../../src/config.js';
import { isQuorumError, QuorumError } from '../../src/core/errors.js';
import { blankRunningLines } from './blank-running-lines.js';
import { captionFormat, captionsToText } from './captions-to-text.js';
import { describeFileKind } from './describe-file-kind.js';
import { htmlToText } from './html-to-text.js';
import { meetingExportToText } from './meeting-export-to-text.js';

export type InputFormat = 'text' | 'html' | 'pdf' | 'docx';

export interface InputText {
  /** Extracted text with \n line endings; citation offsets point into it. */
  text: string;
  format: InputFormat;
  /**
   * PDFs only: offset in `text` where each page begins (index 0 is page 1). A .docx has no fixed pages
   * (Word lays them out anew for each printer and font), so its passages are cited without a page.
   */
  pageStarts?: number[];
  /** What was read but not indexed, one line each: "page 3 has no text layer …". */
  notes?: string[];
}

const formatsByExtension = new Map<string, InputFormat>([
  ['.md', 'text'],
  ['.markdown', 'text'],
  ['.txt', 'text'],
  ['.vtt', 'text'],
  ['.srt', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.pdf', 'pdf'],
  ['.docx', 'docx'],
]);

// Share of control bytes above which a file is treated as binary rather than damaged text.
const controlByteLimit = 0.1;

/**
 * Reads one paper and returns its text. Every failure is a QuorumError whose one-line message names
 * the file and says what is wrong with it.
 */
export async function readInput(
  path: string,
  limits: Pick<IngestLimits, 'maxFileBytes' | 'maxTextBytes'> = defaultIngestLimits,
): Promise<InputText> {
  const extension = extname(path).toLowerCase();
  const format = formatsByExtension.get(extension);
  if (format === undefined) {
    throw new QuorumError(
      'input_unsupported',
      `${path}: unsupported file type ${extension || '(no extension)'} (expected .md, .txt, .vtt, .srt, .html, .pdf or .docx)`,
    );
  }
  const bytes = await readBytes(path, limits.maxFileBytes);
  let pageStarts: number[] | undefined;
  let textlessPages: number[] = [];
  let text: string;
  if (format === 'pdf') ({ text, pageStarts, textlessPages } = await extractPdf(path, bytes));
  else if (format === 'docx') text = await extractDocx(path, bytes, limits.maxTextBytes * unzippedPerTextByte);
  else text = decodeText(path, bytes, format);
  if (text.trim() === '') throw new QuorumError('input_empty', `${path}: ${emptyReason(format, bytes.length)}`);
  const textBytes = Buffer.byteLength(text);
  if (textBytes > limits.maxTextBytes) {
    throw new QuorumError(
      'input_too_large',
      `${path}: extracted text is ${megabytes(textBytes)}, over the ${megabytes(limits.maxTextBytes)} limit (INGEST_MAX_TEXT_MB)`,
    );
  }
  const notes = textlessPages.length > 0 ? [textlessNote(path, textlessPages)] : [];
  return { text, format, ...(pageStarts ? { pageStarts } : {}), ...(notes.length > 0 ? { notes } : {}) };
}

/** A scanned page among text pages is read as nothing: said, so that its absence from answers is no surprise. */
function textlessNote(path: string, pages: number[]): string {
  const which = pages.length === 1 ? `page ${pages[0]} has` : `pages ${pages.join(', ')} have`;
  return `${path}: ${which} no text layer and ${pages.length === 1 ? 'is' : 'are'} not indexed (a scanned page needs OCR first)`;
}

/**
 * Reads a regular file of at most `maxBytes`. The kind and size come from the opened file itself, so
 * a path swapped for a device or a pipe after the folder was listed is still refused; opening without
 * blocking means a named pipe with no writer is refused at once instead of hanging the ingest.
 */
async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (stats.isDirectory()) {
      throw new QuorumError('input_unreadable', `${path}: cannot read file (it is a folder)`);
    }
    if (!stats.isFile()) {
      throw new QuorumError('input_unreadable', `${path}: not a regular file (${describeFileKind(stats)})`);
    }
    if (stats.size > maxBytes) {
      throw new QuorumError(
        'input_too_large',
        `${path}: file is ${megabytes(stats.size)}, over the ${megabytes(maxBytes)} limit (INGEST_MAX_FILE_MB)`,
      );
    }
    // Never more than the size checked: a file still growing is read as it was.
    const bytes = Buffer.alloc(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } catch (error) {
    if (isQuorumError(error)) throw error;
    throw new QuorumError('input_unreadable', `${path}: cannot read file (${describeReadError(error)})`, {
      cause: error,
    });
  } finally {
    await handle?.close();
  }
}

function megabytes(bytes: number): string {
  const value = bytes / 2 ** 20;
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)} MB`;
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file';
  // A socket cannot be opened as a file at all.
  if (code === 'ENXIO') return 'not a regular file';
  return error instanceof Error ? firstLine(error.message) : String(error);
}

async function extractPdf(
  path: string,
  bytes: Uint8Array,
): Promise<{ text: string; pageStarts: number[]; textlessPages: number[] }> {
  if (bytes.length === 0) return { text: '', pageStarts: [], textlessPages: [] };
  try {
    // pdf.js takes over half a second to load: only pay for it when a PDF is read.
    const { pdfToText } = await import('./pdf-to-text.js');
    // Page offsets count characters of this text, so line endings are not rewritten here: the
    // extractor only ever emits \n.
    return await pdfToText(bytes);
  } catch (error) {
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new QuorumError('input_unreadable', `${path}: PDF is password-protected`, { cause: error });
    }
    throw new QuorumError('input_corrupt', `${path}: damaged PDF, cannot be parsed (${reason})`, { cause: error });
  }
}

// Word's XML wraps each run of text in markup: a document's parts unpack to several times its text, seldom
// more than ten. Past this many times the text limit, the file is refused before it is unpacked.
const unzippedPerTextByte = 16;

async function extractDocx(path: string, bytes: Uint8Array, maxUnzippedBytes: number): Promise<string> {
  if (bytes.length === 0) return '';
  // mammoth and its zip reader load only when a Word document is read.
  const { docxToText, DocxProblem } = await import('./docx-to-text.js');
  try {
    return await docxToText(bytes, { maxUnzippedBytes });
  } catch (error) {
    if (!(error instanceof DocxProblem)) throw error;
    const code = docxErrorCodes[error.kind];
    throw new QuorumError(code, `${path}: ${error.message}`, { cause: error });
  }
}

const docxErrorCodes = {
  protected: 'input_unreadable',
  unsupported: 'input_unsupported',
  corrupt: 'input_corrupt',
  'too-large': 'input_too_large',
} as const;

function decodeText(path: string, bytes: Uint8Array, format: InputFormat): string {
  // UTF-16 text is full of NUL bytes, so it is recognised by its byte order mark before the binary check.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new QuorumError('input_encoding', `${path}: UTF-16 text is not supported (re-save the file as UTF-8)`);
  }
  if (looksBinary(bytes)) {
    throw new QuorumError('input_binary', `${path}: binary content in a ${format} file (expected plain text)`);
  }
  let decoded: string;
  try {
    // The decoder drops a leading UTF-8 byte order mark by default.
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new QuorumError('input_encoding', `${path}: not valid UTF-8 (re-save the file as UTF-8)`, { cause: error });
  }
  const text = normaliseLineEndings(decoded);
  if (format === 'html') return htmlToText(text);
  // Captions saved as .vtt, .srt or .txt, and meeting tools' transcripts, read as the speaker turns they carry.
  const captions = captionFormat(text);
  return captions ? captionsToText(text, captions) : blankRunningLines(meetingExportToText(text));
}

function looksBinary(bytes: Uint8Array): boolean {
  let controlBytes = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    // Tab, line feed, form feed and carriage return are ordinary in text; other C0 bytes and DEL are not.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) {
      controlBytes++;
    }
  }
  return bytes.length > 0 && controlBytes / bytes.length > controlByteLimit;
}

function emptyReason(format: InputFormat, size: number): string {
  if (size === 0) return 'file is empty';
  if (format === 'pdf') return 'PDF has no text layer (a scanned PDF needs OCR first)';
  if (format === 'html') return 'HTML page has no text content';
  if (format === 'docx') return 'Word document has no text (pictures of text need OCR first)';
  return 'file contains only whitespace';
}

function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
