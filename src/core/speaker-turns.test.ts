import { describe, expect, it } from 'vitest';
import type { Chunk } from './chunk.js';
import {
  isTranscript,
  saysNothing,
  shortSpeaker,
  speakerOf,
  splitTurns,
  turnSentences,
  withoutAddress,
} from './speaker-turns.js';

const exchange = [
  'The Chair (Hon. Lena Bergeron (Lakeshore, Ind.)): Ms. Quill has the floor.',
  '',
  'Hon. Marta Quill: What is the government waiting for?',
  'It has been weeks.',
  '',
  'Carys Pritchard AM: We are proud of the programme.',
].join('\n');

describe('speakerOf', () => {
  it.each([
    ['Hon. Devon Achterberg: Madam Chair, we are proud.', 'Hon. Devon Achterberg'],
    ['The Chair (Hon. Lena Bergeron (Lakeshore, Ind.)): Order.', 'The Chair (Hon. Lena Bergeron (Lakeshore, Ind.))'],
    ['Carys Pritchard AM: Thank you.', 'Carys Pritchard AM'],
    ['COUNCILMEMBER LEE: I move the item.', 'COUNCILMEMBER LEE'],
    ['Q14 Chair: Who signed off the contract?', 'Chair'],
    ['Q 7. Maria Santos: Will the fares rise?', 'Maria Santos'],
    ['[00:12:31] Speaker 2: The pump failed in July.', 'Speaker 2'],
    ['00:04:10.250 Unknown Speaker 1: Can you hear me?', 'Unknown Speaker 1'],
    ['The CHAIRMAN. I put clause 4 as printed.', 'The CHAIRMAN'],
    ['Mr. OKAFOR of Ohio. I yield back the balance of my time.', 'Mr. OKAFOR of Ohio'],
    ['Ruth Pell (Eastmoor) (Con): Will the Minister give way?', 'Ruth Pell (Eastmoor) (Con)'],
    ['The Minister for Rivers (Ivo Brandt): We will consult.', 'The Minister for Rivers (Ivo Brandt)'],
    ['SPEAKER_02: The gate is broken again.', 'SPEAKER_02'],
    ['[15] Nerys Bowen: Diolch, Gadeirydd.', 'Nerys Bowen'],
    ['Q: (Mr Tully, Beck Lane) When will the gate be mended?', 'Mr Tully'],
    ['A (Clerk): It is ordered.', 'Clerk'],
    ['Cllr Enid Rowse (00:12:31): The hall roof leaks.', 'Cllr Enid Rowse'],
    ['Speaker 1 (01:03): Can everyone hear?', 'Speaker 1'],
    ['Ottoline Varr, Clerk (00:01:30): The grant was paid.', 'Ottoline Varr, Clerk'],
  ])('reads the speaker of %j', (paragraph, speaker) => {
    expect(speakerOf(paragraph)?.speaker).toBe(speaker);
  });

  it('leaves a timestamp or question number out of what was said', () => {
    for (const paragraph of [
      'Q14 Chair: Who signed?',
      '[00:12:31] Speaker 2: Who signed?',
      'The SPEAKER. Who signed?',
    ]) {
      expect(paragraph.slice(speakerOf(paragraph)!.length)).toBe('Who signed?');
    }
  });

  it('leaves the time printed after the name out of what was said', () => {
    const paragraph = 'Ottoline Varr, Clerk (00:01:30): Who signed?';
    expect(paragraph.slice(speakerOf(paragraph)!.length)).toBe('Who signed?');
  });

  it('leaves the record’s note on how the words reached it out of what was said', () => {
    for (const paragraph of ['Nia Gwynedd: [Translated] Who signed?', 'The Chair: [Interpretation] Who signed?']) {
      expect(paragraph.slice(speakerOf(paragraph)!.length)).toBe('Who signed?');
    }
    expect(speakerOf('Nia Gwynedd: [Inaudible.]')).toEqual({ speaker: 'Nia Gwynedd', length: 25 });
  });

  it.each([
    'Resolved: That the report be noted.',
    'Present: Councillors Smith and Jones.',
    'The committee noted that: the figures had improved.',
    '10:30 the meeting resumed.',
    'Appendix 1: Letter to the parish councils.',
    'Witnesses: Ana Ruiz and Li Wei.',
    'Mr. Okafor. He said he would come.',
    'Portfolio Holder: Councillor Dacey Lund',
    'Decision Maker: Cabinet Member for Parks and Open Spaces',
    'Report of: Head of Finance, Orla Brisk',
    'Thank you, Chair: the figures are right.',
  ])('does not take %j for a speaker', (paragraph) => {
    expect(speakerOf(paragraph)).toBeUndefined();
  });
});

describe('splitTurns', () => {
  it('gives each paragraph its speaker and the offsets of what was said', () => {
    const turns = splitTurns(exchange);
    expect(turns.map((turn) => turn.speaker)).toEqual([
      'The Chair (Hon. Lena Bergeron (Lakeshore, Ind.))',
      'Hon. Marta Quill',
      'Carys Pritchard AM',
    ]);
    expect(exchange.slice(turns[1]!.start, turns[1]!.end)).toBe(
      'What is the government waiting for?\nIt has been weeks.',
    );
  });
});

describe('splitTurns on a record with numbered paragraphs and roles', () => {
  it("keeps a numbered paragraph that names no one in the last speaker's words", () => {
    const record =
      '[4] Nerys Bowen: Thank you. Our first question is on fares.\n\n[5] We also want to ask about routes.';
    const turns = splitTurns(record);
    expect(turns.map((turn) => turn.speaker)).toEqual(['Nerys Bowen', 'Nerys Bowen']);
    expect(record.slice(turns[1]!.start, turns[1]!.end)).toBe('We also want to ask about routes.');
  });

  it('reads a role printed alone as the speaker only in spoken proceedings', () => {
    const record = 'Chair: Welcome, everyone, to the forum.\n\nIvo Brandt: The buses will run hourly.';
    expect(splitTurns(record, { spoken: true }).map((turn) => turn.speaker)).toEqual(['Chair', 'Ivo Brandt']);
    expect(splitTurns('Chair: Councillor Ivo Brandt').map((turn) => turn.speaker)).toEqual([null]);
  });

  it("reads a note-taker's question and answer as the people in brackets, without the label", () => {
    const record = 'Q: (Mr Tully, Beck Lane) When will the gate be mended?\nA: (Clerk) It is ordered.';
    const turns = splitTurns(record);
    expect(turns.map((turn) => turn.speaker)).toEqual(['Mr Tully', 'Clerk']);
    expect(record.slice(turns[0]!.start, turns[0]!.end)).toBe('When will the gate be mended?');
  });
});

describe('splitTurns on a record printed line by line', () => {
  it('starts a turn at each line that opens with a label, a wrapped line staying in its turn', () => {
    const record = [
      'Mr SPEAKER: Order. The member for Eastvale.',
      'Ms Ruiz (Eastvale): Will the minister say when the ferry',
      'timetable will be published?',
      'The MINISTER. It goes to print in June.',
    ].join('\n');
    const turns = splitTurns(record);
    expect(turns.map((turn) => turn.speaker)).toEqual(['Mr SPEAKER', 'Ms Ruiz (Eastvale)', 'The MINISTER']);
    expect(record.slice(turns[1]!.start, turns[1]!.end)).toBe(
      'Will the minister say when the ferry\ntimetable will be published?',
    );
    expect(record.slice(turns[2]!.start, turns[2]!.end)).toBe('It goes to print in June.');
  });
});

describe('isTranscript', () => {
  const chunk = (text: string, kind: Chunk['kind'] = 'other') => ({ text, kind });
  it('recognises speaker turns, and a passage inside one named speaker’s long turn', () => {
    expect(isTranscript(chunk(exchange))).toBe(true);
    expect(isTranscript(chunk('Carys Pritchard AM: First of all, thank you for the invitation.'))).toBe(true);
  });
  it('leaves minutes and ordinary reports alone', () => {
    expect(isTranscript(chunk(exchange, 'minutes'))).toBe(false);
    expect(isTranscript(chunk('Background: the service was reviewed.\n\nSummary: it improved.'))).toBe(false);
  });
  it("leaves a notice's records alone, whose one-word labels read as names beside fields that no name reads as", () => {
    const record =
      'Ref: KD/41/007\nDecision: Lease of the Ambergate kiosk\nDecision maker: Cabinet\nExpected date of decision: 3 May 2041\n' +
      'Wards affected: Ambergate\nPrivate: No\nLead officer: Ines Falk\nDocuments: Report of the Estates Manager';
    expect(isTranscript(chunk(record))).toBe(false);
  });
  it("leaves a work programme's labelled officers alone", () => {
    const header = 'Chair: Cllr Ottilie Brand\n\nScrutiny Advisor: Mara Quist\n\nLink Officer: Jonas Pell';
    expect(isTranscript(chunk(header, 'work-programme'))).toBe(false);
  });
});

describe('shortSpeaker', () => {
  it('drops bracketed roles and constituencies', () => {
    expect(shortSpeaker('The Chair (Hon. Lena Bergeron (Lakeshore, Ind.))')).toBe('The Chair');
    expect(shortSpeaker('Hon. Michael Chong (Wellington, CPC)')).toBe('Hon. Michael Chong');
  });
});

describe('turnSentences', () => {
  it('cuts a short turn into its spoken sentences, each at its own offsets', () => {
    const text = 'Cllr Ada Obi: Thank you, Chair. How many beds are open? Dr Sam Reid told us forty.\nIs that right?';
    const [turn] = splitTurns(text);
    const sentences = turnSentences(text, turn!);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Thank you, Chair.',
      'How many beds are open?',
      'Dr Sam Reid told us forty.',
      'Is that right?',
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('does not end a sentence at the stop of a title before a name', () => {
    const text = 'Ivo Brandt: I congratulate the hon. Member for Eastmoor. We will pay the grant.';
    const [turn] = splitTurns(text);
    expect(turnSentences(text, turn!).map((sentence) => sentence.text)).toEqual([
      'I congratulate the hon. Member for Eastmoor.',
      'We will pay the grant.',
    ]);
  });
});

describe('saysNothing', () => {
  it('marks courtesies, acknowledgements and sentences broken off mid-way', () => {
    expect(saysNothing('Thank you very much for that question, Chair.')).toBe(true);
    expect(saysNothing("Okay, that's absolutely fine.")).toBe(true);
    expect(saysNothing('I would like to thank my honourable colleague for the question.')).toBe(true);
    expect(saysNothing('The lighthouse repairs were paid for, and what I would say to the—')).toBe(true);
    expect(saysNothing('Firstly, may I thank the panel for inviting me to speak about harbour dredging?')).toBe(true);
  });

  it('keeps a sentence that says something, courtesy words and all', () => {
    expect(saysNothing('Thank you, Chair; the lighthouse repairs will cost £40,000.')).toBe(false);
    expect(saysNothing('We are pleased that the tram line opens in May.')).toBe(false);
  });
});

describe('withoutAddress', () => {
  it('drops the address to the chair a sentence opens with', () => {
    expect(withoutAddress('Madam Chair, we have ordered three new gritters.')).toBe(
      'We have ordered three new gritters.',
    );
    expect(withoutAddress('Mr. Speaker, the ferry runs twice a day.')).toBe('The ferry runs twice a day.');
    expect(withoutAddress('Chair, the depot stays open.')).toBe('The depot stays open.');
  });

  it('leaves a sentence about the chair as it is', () => {
    expect(withoutAddress('Chair of the panel Ms Vale resigned in March.')).toBe(
      'Chair of the panel Ms Vale resigned in March.',
    );
    expect(withoutAddress('The Chair, Cllr Moss, opened the meeting.')).toBe(
      'The Chair, Cllr Moss, opened the meeting.',
    );
  });
});
