import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { parishAgendaDocx, parishMinutesDocx } from '../../test/support/word-documents.js';
import { chunkDocument } from '../chunk/chunk-document.js';
import { readInput } from '../read/read-input.js';
import { parseDocument } from './parse-document.js';

// Word papers whose minute and agenda numbers are Word's automatic numbering parse like typed ones.
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'quorum-word-papers-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function parseWord(name: string, bytes: Buffer): Promise<ParsedDocument> {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  const { text, pageStarts } = await readInput(path);
  const sha256 = createHash('sha256').update(text).digest('hex');
  return parseDocument({ source: name, text, sha256, ...(pageStarts ? { pageStarts } : {}) });
}

describe('parish minutes saved from Word', () => {
  it('reads the body, the date, the chair and each numbered minute with its resolutions', async () => {
    const document = await parseWord('minutes.docx', await parishMinutesDocx());
    const minutes = onlyPart(document, 'minutes');
    expect(minutes).toMatchObject({ committee: 'Weybourne Marsh Parish Council', meetingDate: '2025-04-07' });
    expect(minutes.minutes!.present.filter((member) => member.chair).map((member) => member.name)).toEqual(['P Varga']);
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['25/31', 'Apologies for absence'],
      ['25/32', 'Declarations of interest'],
      ['25/33', 'Footpath lighting on Saltings Lane'],
      ['25/34', 'Allotment rents'],
      ['25/35', 'Bus shelter on Quay Road'],
      ['25/36', 'Next meeting'],
    ]);
    const [lighting, rents] = minutes.minutes!.items.slice(2, 4);
    expect(lighting!.resolutions.map((resolution) => resolution.text)).toEqual([
      'the quotation of £6,480 from Harrow Solar be accepted;',
      'the cost be met from the footpath reserve.',
    ]);
    expect(rents!.resolutions.map((resolution) => resolution.text)).toEqual([
      'that allotment rents rise to £42 a plot from 1 October 2025.',
    ]);
  });

  it('cites its passages by minute number and never by a page', async () => {
    const document = await parseWord('minutes.docx', await parishMinutesDocx());
    const chunks = chunkDocument(document, { size: 400, overlap: 40 });
    const rents = chunks.find((chunk) => chunk.text.includes('rise to £42'));
    expect(rents).toMatchObject({ minute: '25/34', minuteTitle: 'Allotment rents', meetingDate: '2025-04-07' });
    expect(chunks.every((chunk) => chunk.page === undefined)).toBe(true);
  });
});

describe('a parish agenda saved from Word', () => {
  it('reads the meeting and its Word-numbered items', async () => {
    const agenda = onlyPart(await parseWord('agenda.docx', await parishAgendaDocx()), 'agenda');
    expect(agenda).toMatchObject({ committee: 'Weybourne Marsh Parish Council', meetingDate: '2025-05-12' });
    expect(agenda.agenda!.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Declarations of interest'],
      ['3', 'Slipway repairs'],
      ['4', 'Village sign'],
    ]);
  });
});
