import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { QuorumError } from '../../src/core/errors.js';
import { htmlToText } from './html-to-text.js';

export type InputFormat = 'text' | 'html' | 'pdf';

export interface InputText {
  /** Extracted text with \n line endings; citation offsets point into it. */
  text: string;
  format: InputFormat;
  /** For PDFs: where each page with text starts in `text`, in order, with its 1-based page number. */
  pageStarts?: { page: number; start: number }[];
}

const formatsByExtension = new Map<string, InputFormat>([
  ['.md', 'text'],
  ['.markdown', 'text'],
  ['.txt', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.pdf', 'pdf'],
]);

// Share of control bytes above which a file is treated as binary rather than damaged text.
const controlByteLimit = 0.1;

/**
 * Reads one paper and returns its text. Every failure is a QuorumError whose one-line message names
 * the file and says what is wrong with it.
 */
export async function readInput(path: string): Promise<InputText> {
  const extension = extname(path).toLowerCase();
  const format = formatsByExtension.get(extension);
  if (format === undefined) {
    throw new QuorumError(
      'input_unsupported',
      `${path}: unsupported file type ${extension || '(no extension)'} (expected .md, .txt, .html or .pdf)`,
    );
  }
  const bytes = await readBytes(path);
  const pdf = format === 'pdf' ? await extractPdf(path, bytes) : undefined;
  const text = pdf ? pdf.text : decodeText(path, bytes, format);
  if (text.trim() === '') throw new QuorumError('input_empty', `${path}: ${emptyReason(format, bytes.length)}`);
  return pdf ? { text, format, pageStarts: pdf.pageStarts } : { text, format };
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new QuorumError('input_unreadable', `${path}: cannot read file (${describeReadError(error)})`, {
      cause: error,
    });
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file';
  return error instanceof Error ? firstLine(error.message) : String(error);
}

async function extractPdf(
  path: string,
  bytes: Uint8Array,
): Promise<{ text: string; pageStarts: { page: number; start: number }[] }> {
  if (bytes.length === 0) return { text: '', pageStarts: [] };
  try {
    // pdf.js takes over half a second to load: only pay for it when a PDF is read.
    const { pdfToPages } = await import('./pdf-to-text.js');
    const pageStarts: { page: number; start: number }[] = [];
    let text = '';
    for (const { page, text: pageText } of await pdfToPages(bytes)) {
      if (text !== '') text += '\n\n';
      pageStarts.push({ page, start: text.length });
      text += normaliseLineEndings(pageText);
    }
    return { text, pageStarts };
  } catch (error) {
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new QuorumError('input_unreadable', `${path}: PDF is password-protected`, { cause: error });
    }
    throw new QuorumError('input_corrupt', `${path}: damaged PDF, cannot be parsed (${reason})`, { cause: error });
  }
}

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
  return format === 'html' ? htmlToText(text) : text;
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
  return 'file contains only whitespace';
}

function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
