import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuorumError, type QuorumErrorCode } from '../../src/core/errors.js';
import {
  agendaWithoutStylesPartDocx,
  compoundFile,
  docxWithForgedBomb,
  draftWithTrackedChangesDocx,
  parishAgendaDocx,
  parishMinutesDocx,
  truncatedDocx,
  zipThatIsNotWord,
} from '../../test/support/word-documents.js';
import { readInput } from './read-input.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const fixture = (name: string): string => join(fixtures, name);

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'quorum-read-input-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function scratchFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, content);
  return path;
}

async function expectFailure(path: string, code: QuorumErrorCode, reason: RegExp): Promise<void> {
  const error = await readInput(path).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(QuorumError);
  const { code: actualCode, message } = error as QuorumError;
  expect(actualCode).toBe(code);
  expect(message.startsWith(`${path}: `)).toBe(true);
  expect(message).not.toContain('\n');
  expect(message).toMatch(reason);
}

function expectInOrder(text: string, parts: string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after offset ${from}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

describe('readInput on text files', () => {
  it('keeps text verbatim apart from line endings and the byte order mark', async () => {
    const path = await scratchFile(
      'paper.md',
      '\uFEFF# HEADING\r\n\r\nResolved:- (1) That it\u2019s noted.\rLast  line \n',
    );
    await expect(readInput(path)).resolves.toEqual({
      text: '# HEADING\n\nResolved:- (1) That it\u2019s noted.\nLast  line \n',
      format: 'text',
    });
  });

  it('accepts .txt and .markdown in any letter case', async () => {
    const text = await scratchFile('PAPER.TXT', 'Minutes\n');
    const markdown = await scratchFile('paper.markdown', 'Agenda\n');
    await expect(readInput(text)).resolves.toEqual({ text: 'Minutes\n', format: 'text' });
    await expect(readInput(markdown)).resolves.toEqual({ text: 'Agenda\n', format: 'text' });
  });

  it('blanks the page numbers and running headers a converted paper keeps between its pages', async () => {
    const header = 'Saltmarsh Joint Board - 2 May 2031';
    const path = await scratchFile(
      'board.txt',
      `Item 3\nThe survey was received.\n${header}\nPage 2\nRESOLVED: That it be noted.\n${header}\nPage 3\n`,
    );
    await expect(readInput(path)).resolves.toEqual({
      text: 'Item 3\nThe survey was received.\n\n\nRESOLVED: That it be noted.\n\n\n',
      format: 'text',
    });
  });
});

describe('readInput on WebVTT captions', () => {
  it("reads a .vtt file as its speakers' turns, without cue numbers or timings", async () => {
    const { text, format } = await readInput(fixture('layouts/webvtt-captions.vtt'));
    expect(format).toBe('text');
    expect(text).not.toMatch(/-->|^\d+$|<v /m);
    expect(text).toContain(
      'Head Librarian Tomas Reyes: Thank you. The pilot opened the central library on Sundays from noon to four for twelve weeks. Average attendance',
    );
    expect(text.startsWith('Harbourside Library Board meeting, captions\n\nChair Ingrid Solberg: Good evening.')).toBe(
      true,
    );
  });

  it('reads captions saved as .txt the same way', async () => {
    const path = await scratchFile(
      'captions.txt',
      'WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ana Ruiz>We open at nine.\n\n00:04.500 --> 00:06.000\n<v Li Wei>Agreed.\n',
    );
    await expect(readInput(path)).resolves.toEqual({
      text: 'Ana Ruiz: We open at nine.\n\nLi Wei: Agreed.',
      format: 'text',
    });
  });
});

describe("readInput on SubRip captions and meeting tools' transcripts", () => {
  it('reads a .srt file as turns: a "NAME:" label opens a turn, its cues joined, no numbers or timings', async () => {
    const { text } = await readInput(fixture('layouts/srt-captions.srt'));
    expect(text).not.toMatch(/-->|^\d+$/m);
    expect(
      text.startsWith('CHAIR ODETTE MARCHETTI: Good evening, this is the Port Almsley Harbour Board. Tonight'),
    ).toBe(true);
    expect(text).toContain(
      '\n\nHARBOURMASTER KWAME ASANTE: Thank you, Chair. Silt in the inner basin has reduced the depth at low tide to 1.4 metres. Two fishing boats',
    );
  });

  it('reads a WebVTT cue that names its speaker in its words, as Zoom writes them, as a turn of its own', async () => {
    const path = await scratchFile(
      'zoom-captions.vtt',
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nMaren Holt: The ferry fares rise in June.\n\n2\n00:00:04.500 --> 00:00:06.000\nIvo Brandt: By how much?\n',
    );
    await expect(readInput(path)).resolves.toEqual({
      text: 'Maren Holt: The ferry fares rise in June.\n\nIvo Brandt: By how much?',
      format: 'text',
    });
  });

  it('reads SubRip saved as .txt, with broadcast ">>" speaker marks and unlabelled cues going on', async () => {
    const path = await scratchFile(
      'captions-srt.txt',
      '1\r\n00:00:01,000 --> 00:00:03,000\r\n>> NADIA PELLEGRINI: The pool reopens in May.\r\n\r\n2\r\n00:00:03,500 --> 00:00:05,000\r\nAfter the roof repair.\r\n\r\n3\r\n00:00:05,500 --> 00:00:07,000\r\n>> OSWIN TALBOT: Good news.\r\n',
    );
    await expect(readInput(path)).resolves.toEqual({
      text: 'NADIA PELLEGRINI: The pool reopens in May. After the roof repair.\n\nOSWIN TALBOT: Good news.',
      format: 'text',
    });
  });

  it('joins Teams and Otter blocks (name and time above the words) into "Name: words" turns', async () => {
    const teams = (await readInput(fixture('layouts/teams-transcript.txt'))).text;
    expect(teams).toContain(
      'Rowena Castellanos: Thank you. We have fitted air source heat pumps in 86 homes at Larchfield so far. Tenants report',
    );
    expect(teams).not.toMatch(/\d:\d\d$/m);
    expect(teams.startsWith('Brackenmoor District Council\nClimate Emergency Advisory Panel\nMeeting transcript')).toBe(
      true,
    );
    const otter = (await readInput(fixture('layouts/otter-transcript.txt'))).text;
    expect(otter).toContain(
      '\n\nSpeaker 3: How much would the later lighting cost per year?\n\nSpeaker 2: About 1,100',
    );
  });

  it('drops the time lines Zoom prints above its turns, and leaves other papers as they are', async () => {
    const zoom = (await readInput(fixture('layouts/zoom-transcript.txt'))).text;
    expect(zoom).not.toMatch(/^00:0\d:\d\d$/m);
    expect(zoom).toContain('\n\nDmitri Varga: I walked it on Saturday.');
    const agenda = 'Agenda\n\nWelcome  7:00\nChair\n\nBudget  7:10\nTreasurer\n\nPlay areas  7:40\nParks officer\n';
    const path = await scratchFile('timed-agenda.txt', agenda);
    await expect(readInput(path)).resolves.toEqual({ text: agenda, format: 'text' });
  });
});

describe('readInput on HTML', () => {
  it('renders headings, paragraphs, tables and numbered resolutions as lines', async () => {
    const { text, format } = await readInput(fixture('minutes-sample.html'));
    expect(format).toBe('html');
    expect(text).not.toMatch(/<|analytics|font-family|Minutes - Improving/);
    expect(text).toContain('# IMPROVING LIVES SELECT COMMISSION\n\nTuesday 9 May 2023\n\n');
    expect(text).toContain('\n\n## 21. SPEECH AND LANGUAGE SUPPORT IN EARLY YEARS\n\n');
    expect(text).toContain(
      'Rachel Whitby, Early Years Lead, outlined the \u201cTalk Together\u201d programme for children aged',
    );
    expect(text).toContain('Locality\tMedian wait (weeks)\nNorth\t9\nSouth & Central\t14');
    expect(text).toContain('- whether nursery staff could be trained to run screening sessions;\n- how families');
    expect(text).toContain(
      'Resolved:-\n\n- (1) That the report be noted.\n- (2) That locality waiting times be reported to the Commission each quarter.',
    );
    expect(text).toContain('the draft policy.\nConsultation would close on 30 June 2023.');
    expectInOrder(text, ['## 21.', 'Resolved:-', '## 22. SCHOOL TRANSPORT POLICY REVIEW', 'Resolved:- That']);
  });

  it('accepts .htm', async () => {
    const path = join(scratch, 'minutes.htm');
    await copyFile(fixture('minutes-sample.html'), path);
    await expect(readInput(path)).resolves.toMatchObject({ format: 'html' });
  });
});

describe('readInput on PDF', () => {
  it('rebuilds the text layer line by line, in reading order', async () => {
    const { text, format } = await readInput(fixture('minutes-sample.pdf'));
    expect(format).toBe('pdf');
    expect(text).toMatch(/^IMPROVING LIVES SELECT COMMISSION\n\nTuesday 14 March 2023\n/);
    expect(text).toMatch(/^Present:- Councillor Ashworth \(in the Chair\); Councillors Bellamy/m);
    expect(text).toContain('\n12. FOSTERING UPDATE\n');
    expect(text).toContain('\nResolved:- (1) That the report be noted.\n(2) That a briefing');
    expectInOrder(text, [
      '12. FOSTERING UPDATE',
      'approved 19 new fostering households',
      'Resolved:- (1) That the report be noted.',
      '13. YOUTH WELLBEING HUBS',
      '412 visits',
      'Resolved:- (1) That the report be noted.',
      '(2) That a progress report on the pilot be submitted to the Commission in six months.',
    ]);
  });

  it('says where each page starts, and reads several PDFs at once', async () => {
    const reads = await Promise.all(Array.from({ length: 4 }, () => readInput(fixture('minutes-sample.pdf'))));
    for (const read of reads) expect(read).toMatchObject({ pageStarts: [0], text: reads[0]!.text });
  });

  it('separates paragraphs with a blank line', async () => {
    const { text } = await readInput(fixture('minutes-sample.pdf'));
    expect(text).toContain('mostly on retirement.\n\nA refreshed allowance scheme');
    expect(text).not.toContain('\n\n\n');
  });
});

describe('readInput on Word documents', () => {
  it("puts Word's automatic minute numbers in front of their items, as typed numbers would read", async () => {
    const read = await readInput(await scratchFile('minutes.docx', await parishMinutesDocx()));
    expect(read.format).toBe('docx');
    expectInOrder(read.text, [
      'Present: Cllr P Varga (Chair), Cllr H Quist',
      '\n\n25/31 Apologies for absence\n\n',
      '\n\n25/32 Declarations of interest\n\n',
      '\n\n25/33 Footpath lighting on Saltings Lane\n\n',
      'RESOLVED that:\n\n(a) the quotation of £6,480 from Harrow Solar be accepted;\n\n(b) the cost be met',
      '\n\n25/34 Allotment rents\n\n',
      'RESOLVED that allotment rents rise',
      '\n\n25/35 Bus shelter on Quay Road\n\n',
      '\n\n25/36 Next meeting\n\n',
    ]);
    expect(read.text).not.toMatch(/^\s*- /m);
  });

  it('reads tables as tab-separated rows and cites no page, since a .docx has none', async () => {
    const read = await readInput(await scratchFile('agenda.docx', await parishAgendaDocx()));
    expectInOrder(read.text, ['# AGENDA', '1. Apologies for absence', '4. Village sign', 'Item\tPaper\tPresented by']);
    expect(read.text).toContain('\n4\tVillage sign designs\tCllr H Quist');
    expect(read.pageStarts).toBeUndefined();
  });

  it('reads a Word document saved without a styles part, its table naming a style it does not define', async () => {
    const read = await readInput(await scratchFile('unstyled.docx', await agendaWithoutStylesPartDocx()));
    expect(read.format).toBe('docx');
    expect(read.text).toContain('\n4\tVillage sign designs\tCllr H Quist');
  });

  it('reads a draft as its changes leave it, footnotes after the text, without running headers or footers', async () => {
    const { text } = await readInput(await scratchFile('draft.docx', await draftWithTrackedChangesDocx()));
    expect(text).toContain('The lights will be installed in July.');
    expect(text).toMatch(/Quotation valid until 30 June 2025\.$/);
    expect(text).not.toMatch(/in May|DRAFT|Weybourne|↑/);
  });
});

describe('readInput failures', () => {
  it('rejects an unknown extension', async () => {
    const path = await scratchFile('slides.pptx', 'PK');
    await expectFailure(
      path,
      'input_unsupported',
      /unsupported file type \.pptx \(expected \.md, \.txt, \.vtt, \.srt, \.html, \.pdf or \.docx\)$/,
    );
  });

  it('rejects a damaged, cut-off or empty Word document', async () => {
    await expectFailure(fixture('notes.docx'), 'input_corrupt', /damaged Word document/);
    await expectFailure(await scratchFile('cut.docx', await truncatedDocx()), 'input_corrupt', /damaged Word document/);
    await expectFailure(await scratchFile('text.docx', 'Minutes of the meeting'), 'input_corrupt', /not a \.docx/);
    await expectFailure(await scratchFile('zero.docx', ''), 'input_empty', /file is empty/);
  });

  it('refuses a .docx whose parts unpack past the limit before unpacking it, whatever its zip claims', async () => {
    // 1 MB of text allowed: the parts may unpack to 16 MB; this one's 24 MB part claims 64 bytes.
    const path = await scratchFile('crafted.docx', await docxWithForgedBomb(24));
    const error = await readInput(path, { maxFileBytes: 10 * 1024 * 1024, maxTextBytes: 1024 * 1024 }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(QuorumError);
    expect((error as QuorumError).code).toBe('input_too_large');
    expect((error as QuorumError).message).toBe(`${path}: Word document's text parts unpack to more than 16 MB`);
    // Under the ceiling a padded document still reads.
    const small = await scratchFile('padded.docx', await docxWithForgedBomb(2));
    const read = await readInput(small, { maxFileBytes: 10 * 1024 * 1024, maxTextBytes: 1024 * 1024 });
    expect(read.format).toBe('docx');
  });

  it('names what a .docx is instead: encrypted, a Word 97-2003 file, or some other zip', async () => {
    const encrypted = await scratchFile('locked.docx', compoundFile('EncryptedPackage'));
    await expectFailure(encrypted, 'input_unreadable', /password-protected/);
    const binary = await scratchFile('old.docx', compoundFile('WordDocument'));
    await expectFailure(binary, 'input_unsupported', /Word 97-2003 \.doc file/);
    const zip = await scratchFile('sheet.docx', await zipThatIsNotWord());
    await expectFailure(zip, 'input_unsupported', /not a Word document \(no word\/document\.xml\)/);
  });

  it('rejects a file without an extension', async () => {
    await expectFailure(await scratchFile('README', 'text'), 'input_unsupported', /\(no extension\)/);
  });

  it('reports a folder or a missing file as unreadable', async () => {
    const folder = join(scratch, 'folder.md');
    await mkdir(folder);
    await expectFailure(folder, 'input_unreadable', /it is a folder/);
    await expectFailure(join(scratch, 'missing.txt'), 'input_unreadable', /no such file/);
  });

  it('rejects empty and whitespace-only files', async () => {
    await expectFailure(fixture('empty.md'), 'input_empty', /only whitespace/);
    await expectFailure(await scratchFile('zero.pdf', ''), 'input_empty', /file is empty/);
    await expectFailure(await scratchFile('script-only.html', '<script>var a = 1;</script>'), 'input_empty', /no text/);
  });

  it('rejects a PDF without a text layer', async () => {
    await expectFailure(fixture('image-only.pdf'), 'input_empty', /no text layer/);
  });

  it('rejects binary content', async () => {
    await expectFailure(fixture('binary.txt'), 'input_binary', /binary content/);
    const controls = new Uint8Array(64).fill(0x07);
    await expectFailure(await scratchFile('bells.html', controls), 'input_binary', /binary content in a html file/);
  });

  it('rejects text that is not UTF-8', async () => {
    await expectFailure(fixture('latin1.txt'), 'input_encoding', /not valid UTF-8/);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]);
    await expectFailure(await scratchFile('wide.txt', utf16), 'input_encoding', /UTF-16/);
  });

  it('rejects a damaged PDF', async () => {
    await expectFailure(fixture('corrupt.pdf'), 'input_corrupt', /damaged PDF/);
  });
});

describe('readInput limits and file kinds', () => {
  async function failure(path: string, limits?: Parameters<typeof readInput>[1]) {
    const error = await readInput(path, limits).then(
      () => undefined,
      (thrown: unknown) => thrown as QuorumError,
    );
    expect(error).toBeInstanceOf(QuorumError);
    expect(error?.message).not.toContain('\n');
    return error;
  }

  it('refuses a file over the size limit before reading it, naming the limit', async () => {
    const path = await scratchFile('big.txt', 'x'.repeat(3 * 2 ** 20));
    const error = await failure(path, { maxFileBytes: 2 ** 20, maxTextBytes: 2 ** 30 });
    expect(error?.code).toBe('input_too_large');
    expect(error?.message).toBe(`${path}: file is 3.0 MB, over the 1.0 MB limit (INGEST_MAX_FILE_MB)`);
  });

  it('refuses extracted text over the text limit', async () => {
    const path = await scratchFile('long.html', `<p>${'word '.repeat(1000)}</p>`);
    const error = await failure(path, { maxFileBytes: 2 ** 20, maxTextBytes: 1000 });
    expect(error?.code).toBe('input_too_large');
    expect(error?.message).toMatch(/^.*long\.html: extracted text is .* MB, over the .* limit \(INGEST_MAX_TEXT_MB\)$/);
  });

  it('reads a file exactly at the limits', async () => {
    const path = await scratchFile('exact.txt', 'x'.repeat(1000));
    await expect(readInput(path, { maxFileBytes: 1000, maxTextBytes: 1000 })).resolves.toMatchObject({
      text: 'x'.repeat(1000),
    });
  });

  it('refuses a link to a device at once instead of reading it', async () => {
    const path = join(scratch, 'zero.txt');
    await symlink('/dev/zero', path);
    const error = await failure(path);
    expect(error?.code).toBe('input_unreadable');
    expect(error?.message).toBe(`${path}: not a regular file (a device)`);
  });

  it('refuses a socket', async () => {
    const path = join(scratch, 'socket.txt');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      const error = await failure(path);
      expect(error?.code).toBe('input_unreadable');
      expect(error?.message).toMatch(/: (not a regular file|cannot read file \(not a regular file\))/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
