import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCitation } from '../../src/core/citation.js';
import { toLines } from '../../src/core/lines.js';
import { layoutFixtures } from '../../test/support/parse-corpus-paper.js';
import { chunkDocument } from '../chunk/chunk-document.js';
import { readInput } from '../read/read-input.js';
import { findSpeakerTurns, speakerLabel } from './find-speaker-turns.js';
import { parseDocument } from './parse-document.js';

const read = (name: string) => readFileSync(`${layoutFixtures}${name}`, 'utf8');
const parse = (name: string) => parseDocument({ source: name, sha256: 'b'.repeat(64), text: read(name) });

describe('speakerLabel', () => {
  it.each([
    ['Lynne Neagle AM: Good morning, everyone.', 'Lynne Neagle AM'],
    [
      'The Chair (Hon. Lena Bergeron (LakeshoreNorth, Ind.)): I call this meeting to order.',
      'The Chair (Hon. Lena Bergeron (LakeshoreNorth, Ind.))',
    ],
    ['Mr Smith: I have a question.', 'Mr Smith'],
    [
      'Hon. Carla Qualtrough (Minister of Employment, Workforce Development and Disability Inclusion): Mr. Chair, yes.',
      'Hon. Carla Qualtrough (Minister of Employment, Workforce Development and Disability Inclusion)',
    ],
    ['COUNCILMEMBER BAKER: How many permits are active?', 'COUNCILMEMBER BAKER'],
  ])('reads the speaker of "%s"', (line, speaker) => expect(speakerLabel(line)).toBe(speaker));

  it.each([
    'Subject: Transfer of the service',
    'Present: Councillors Adams and Baker',
    'Recommendation(s): Cabinet is asked to agree',
    'The Council had made several recommendations, as follows: first',
    'Item 1: Minutes',
    '10.30 am: Coffee',
  ])('reads no speaker in "%s"', (line) => expect(speakerLabel(line)).toBeUndefined());
});

describe('transcripts', () => {
  it('recognises a committee transcript: its body, no date it does not state, one turn a speaker label', () => {
    const document = parse('committee-transcript.txt');
    expect(document.parts).toHaveLength(1);
    const [transcript] = document.parts;
    expect(transcript).toMatchObject({
      kind: 'transcript',
      committee: 'Children, Young People and Education Committee',
      meetingDate: null,
    });
    expect(transcript!.turns!.slice(0, 3).map((turn) => turn.speaker)).toEqual([
      'Lynne Neagle AM',
      'Suzy Davies AM',
      'Meilyr Rowlands',
    ]);
  });

  it('dates a transcript whose header states its date', () => {
    expect(parse('us-council-transcript.txt').parts[0]).toMatchObject({
      kind: 'transcript',
      meetingDate: '2025-03-04',
    });
  });

  // A transcript window is twice the chunk size (an exchange): 180 gives windows of 360 characters.
  it('chunks by turns: never from inside a turn, a question together with its reply, speakers named', () => {
    const document = parse('us-council-transcript.txt');
    const turnStarts = new Set(document.parts[0]!.turns!.map((turn) => turn.start));
    const chunks = chunkDocument(document, { size: 180, overlap: 0 });
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(turnStarts.has(chunk.start)).toBe(true);
      expect(chunk.speakers!.length).toBeGreaterThan(0);
    }
    const question = chunks.find((chunk) => chunk.text.includes('How many permits are active today'))!;
    expect(question.text).toContain('There are 164 active permits today.');
    expect(question.speakers!.slice(0, 2)).toEqual(['COUNCILMEMBER BAKER', 'DIRECTOR KIM']);
    const replyAt = question.text.indexOf('There are 164');
    expect(buildCitation(1, question, { start: replyAt, end: replyAt + 40 }).speaker).toBe('DIRECTOR KIM');
  });

  it('cuts a turn longer than a chunk at sentences, never across another speaker', () => {
    const long = `Ms Lee: ${'The budget rose again this year. '.repeat(40).trim()}\n\nMr Ali: Thank you.\n\nMs Lee: Next item.\n\nMr Ali: Agreed.\n\nMs Lee: Closing.\n\nMr Ali: Bye.`;
    const document = parseDocument({ source: 'long.txt', sha256: 'c'.repeat(64), text: long });
    const chunks = chunkDocument(document, { size: 200, overlap: 0 });
    const leeOnly = chunks.filter((chunk) => chunk.speakers?.join() === 'Ms Lee');
    expect(leeOnly.length).toBeGreaterThan(2);
    for (const chunk of leeOnly.slice(0, -1)) expect(chunk.text).toMatch(/\.$/);
  });

  it('reads oral evidence: question numbers before the asker, the witnesses line no speaker, the date stated', () => {
    const [transcript] = parse('select-committee-oral-evidence.txt').parts;
    expect(transcript).toMatchObject({
      kind: 'transcript',
      committee: 'Transport and Rivers Committee',
      meetingDate: '2025-03-12',
    });
    const speakers = transcript!.turns!.map((turn) => turn.speaker);
    expect(speakers.slice(0, 5)).toEqual(['Chair', 'Alun Fairweather', 'Chair', 'Alun Fairweather', 'Dev Kapoor']);
    expect(speakers).not.toContain('Witnesses');
    // Each numbered question is a turn of its own, not the tail of the witness's previous reply.
    expect(speakers.filter((speaker) => speaker !== 'Alun Fairweather' && speaker !== 'Bethan Okoro')).toHaveLength(7);
  });

  it('reads Hansard labels that end in a full stop as turns', () => {
    const [transcript] = parse('hansard-debate.txt').parts;
    expect(transcript).toMatchObject({ kind: 'transcript', meetingDate: '2025-05-15' });
    const turns = transcript!.turns!;
    const chairman = turns.filter((turn) => turn.speaker === 'The CHAIRMAN');
    expect(chairman).toHaveLength(2);
    const reply = turns.find((turn) => turn.speaker === 'Hon. J. FENWICK (Treasurer)' && turn.end > chairman[1]!.start);
    expect(reply).toBeUndefined();
  });

  it('reads timestamped captions: numbered voices, the timestamp outside what was said, no date made up', () => {
    const document = parse('timestamped-captions.txt');
    const [transcript] = document.parts;
    expect(transcript).toMatchObject({ kind: 'transcript', meetingDate: null });
    expect(new Set(transcript!.turns!.map((turn) => turn.speaker))).toEqual(
      new Set(['Speaker 1', 'Speaker 2', 'Speaker 3', 'Speaker 4']),
    );
    const [chunk] = chunkDocument(document, { size: 400, overlap: 0 }).filter((each) => each.text.includes('$48,000'));
    const at = chunk!.text.indexOf('A replacement pump');
    expect(buildCitation(1, chunk!, { start: at, end: at + 30 }).speaker).toBe('Speaker 2');
  });

  it('names the body that met, not the record: the dashed part with a body word, without "meeting …"', () => {
    expect(parse('transcript-date-in-prose.txt').parts[0]).toMatchObject({
      committee: 'Planning and Licensing Committee',
      meetingDate: '2024-06-04',
    });
    expect(parse('timestamped-captions.txt').parts[0]!.committee).toBe('Westbrook Parks and Recreation Board');
    expect(parse('us-council-roll-call-transcript.txt').parts[0]).toMatchObject({
      committee: 'City Council',
      meetingDate: '2025-10-07',
    });
  });

  it("reads the meeting tools' exports and captions as turns, with the body that met and its date", async () => {
    const parseRead = async (name: string) => {
      const { text } = await readInput(`${layoutFixtures}${name}`);
      return parseDocument({ source: name, sha256: 'b'.repeat(64), text }).parts[0]!;
    };
    const teams = await parseRead('teams-transcript.txt');
    expect(teams).toMatchObject({
      kind: 'transcript',
      committee: 'Climate Emergency Advisory Panel',
      meetingDate: '2025-04-03',
    });
    expect(new Set(teams.turns!.map((turn) => turn.speaker))).toEqual(
      new Set(['Yusuf Adeyemi', 'Rowena Castellanos', 'Bernadette Iwu', 'Gideon Marsh']),
    );
    const otter = await parseRead('otter-transcript.txt');
    expect(otter).toMatchObject({ committee: 'Youth Services Committee', meetingDate: '2025-01-22' });
    expect(otter.turns).toHaveLength(8);
    const zoom = await parseRead('zoom-transcript.txt');
    expect(zoom).toMatchObject({ committee: 'Footpaths Working Group', meetingDate: '2025-03-12' });
    expect(zoom.turns).toHaveLength(10);
    const captions = await parseRead('srt-captions.srt');
    // The chair says which board meets, and no date: the date stays unknown.
    expect(captions).toMatchObject({ kind: 'transcript', committee: 'Port Almsley Harbour Board', meetingDate: null });
    expect(captions.turns!.map((turn) => turn.speaker)).toContain('BOARD MEMBER PRIYA ROUSSEAU');
  });

  it.each([
    [
      'oireachtas-committee-debate.txt',
      'Joint Committee on Inland Waterways',
      '2025-10-15',
      ['An Cathaoirleach', 'Deputy Mary Byrne'],
    ],
    [
      'scottish-official-report.txt',
      'Rural Affairs and Islands Committee',
      '2025-11-05',
      ['The Convener', 'The Deputy Convener'],
    ],
    [
      'senedd-record-of-proceedings.txt',
      'Culture and Heritage Committee',
      '2025-10-09',
      ['The Chair', 'Eleri Prydderch'],
    ],
    [
      'us-stated-meeting-transcript.txt',
      'City Council',
      '2025-05-13',
      ['PRESIDENT PRO TEM ABERNATHY', 'COUNCIL MEMBER ORTIZ'],
    ],
  ])("reads %s: its body, date and the chairs' and members' labels", (name, committee, meetingDate, speakers) => {
    const [transcript] = parse(name).parts;
    expect(transcript).toMatchObject({ kind: 'transcript', committee, meetingDate });
    const labels = new Set(transcript!.turns!.map((turn) => turn.speaker));
    for (const speaker of speakers) expect(labels).toContain(speaker);
  });

  it('finds no turns in papers whose "Label: value" lines are fields', () => {
    for (const name of ['report-cover-sheet.txt', 'exempt-report-cover.txt', 'moderngov-printed-minutes.txt']) {
      expect(findSpeakerTurns(toLines(read(name)))).toEqual([]);
    }
  });

  it('finds no turns in records of a form, the same fields round again record after record', () => {
    expect(findSpeakerTurns(toLines(read('planning-decisions-schedule.txt')))).toEqual([]);
  });

  it('still reads a hearing where the chair and two witnesses take turns as a transcript', () => {
    const hearing = [
      'Chair: Welcome to the session on bus routes.',
      'Ms Pryor: Thank you, Chair. Ridership has recovered.',
      'Chair: By how much since last year?',
      'Mr Odell: By about nine per cent on the rural routes.',
      'Chair: And the town routes?',
      'Ms Pryor: Those are flat, I am afraid.',
      'Mr Odell: The fares cap helped the rural ones most.',
    ].join('\n');
    expect(findSpeakerTurns(toLines(hearing)).map((turn) => turn.speaker)).toHaveLength(7);
  });
});
