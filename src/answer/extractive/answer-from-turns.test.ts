import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { contentTerms } from '../../core/tokenize.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { answerFromTurns } from './answer-from-turns.js';

const text = [
  'The Chair: Ms. Quill has the floor.',
  '',
  'Hon. Marta Quill: Firms want apprentices on site. Why has the government still not paid the apprentice wage grant?',
  '',
  'Hon. Devon Achterberg: Madam Chair, we stand by the apprentice wage grant. We are adding flexibilities so that small firms can take on apprentices this autumn.',
  '',
  'Hon. Marta Quill: The apprentice wage grant was approved for firms in my riding and they still wait for the money.',
].join('\n');
const chunk = {
  id: 'c1',
  source: 'transcript.txt',
  kind: 'other',
  committee: 'Special Committee',
  meetingDate: null,
  headingPath: ['Special Committee', 'undated'],
  partTitle: 'Transcript',
  text,
  start: 0,
  end: text.length,
  line: 1,
} as unknown as Chunk;
const passage = { chunk, score: 1 };
const analyze = (question: string) => analyzeQuestion(question, { now: new Date('2025-01-01') });
const weigh = () => 1;

/** The answer from one passage of the given turns, ranked first with the given share of the question. */
async function answerOverTurns(said: string, question: string, { coverage = 1, id = 'c1', words = 90 } = {}) {
  const passage = { chunk: { ...chunk, id, text: said, end: said.length } as Chunk, score: 1 };
  return (await answerFromTurns([{ passage, coverage }], analyze(question), weigh, [passage], { words }))!;
}

describe('answerFromTurns', () => {
  it('quotes the reply after a question put, by speaker, each sentence once, each speaker cited by name', async () => {
    const answer = (await answerFromTurns(
      [{ passage, coverage: 1 }],
      analyze('What was the government asked about the apprentice wage grant?'),
      weigh,
      [passage],
    ))!;
    expect(answer.text).toContain('- Hon. Devon Achterberg said that they stood by the apprentice wage grant.');
    expect(answer.text).toMatch(/Hon\. Marta Quill asked\b[^\n]*still not paid[^\n]*\[1\]$/m);
    expect(answer.text).toMatch(/^- Hon\. Devon Achterberg said [^\n]*\[2\]$/m);
    expect(answer.citations.map((citation) => citation.speaker)).toEqual(['Hon. Marta Quill', 'Hon. Devon Achterberg']);
    expect(answer.citations[1]!.quote).toMatch(/^Madam Chair, we stand by the apprentice wage grant\./);
    const sentences = answer.text
      .split(/\[\d\]/)
      .map((piece) => piece.trim())
      .filter(Boolean);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it("answers who sent apologies from the chair's sentence naming them, though the topic's words are in another", async () => {
    const opening = [
      'Rhodri Vance MS: Prynhawn da, everyone, you are welcome at the Rural Affairs Committee. Delyth Amos has given her apologies today, and Owain Rees is substituting for her. Interests to declare? None. Item 2 this afternoon is our final evidence session on the Island Ferry Services (Wales) Bill, and I am really pleased to welcome back Gareth Pryce MS, Minister for Transport; Nia Lloyd, deputy head of the maritime division; and Tomos Bevan, the Bill lawyer, so thanks to all three, and over to Members for questions.',
      '',
      'Glenys Hart MS: Thank you, Chair.',
    ].join('\n');
    const said = { chunk: { ...chunk, text: opening, end: opening.length } as Chunk, score: 1 };
    const question = analyze(
      'Which members gave apologies for the rural affairs committee session on the island ferry services bill?',
    );
    // A short answer: room for the one sentence that answers, not the whole opening.
    const answer = (await answerFromTurns([{ passage: said, coverage: 1 }], question, weigh, [said], { words: 25 }))!;
    expect(answer.text).toContain('Delyth Amos');
  });

  it('answers "how much" from the sentence of the passage giving the sum, spelled out, not from the opening', async () => {
    const said = [
      'Orla Pennick: Good evening and welcome, everyone, to this review of the harbour lighting, and I am glad to have Tamsin Rook from the lighting works team with us again to take members through the harbour lighting.',
      '',
      'Tamsin Rook: Thank you, Chair. We replaced the lanterns along the quay and the slipway over the winter. The whole of the harbour lighting came to about eleven hundred pounds, paid from the reserve.',
    ].join('\n');
    const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
    // Room for one sentence: the one that answers.
    const short = async (question: string) =>
      (await answerFromTurns([{ passage, coverage: 1 }], analyze(question), weigh, [passage], { words: 20 }))!.text;
    expect(await short('How much did the harbour lighting cost?')).toContain('eleven hundred pounds');
    expect(await short('Who welcomed the review of the harbour lighting?')).toMatch(/good evening/i);
  });

  it('answers "how much" from the figure said beside a question put whose reply gives none', async () => {
    const said = [
      'Petra Lindqvist: Takings at the quay have been steady. The toll has brought in £310,000 since April, against a forecast of £900,000.',
      '',
      'Councillor Bram Ostrowski: Is that the ferry toll so far, or only the share the council keeps from the ferry toll?',
      '',
      'Petra Lindqvist: The whole of it, across the crossing, as the harbour board counts it.',
    ].join('\n');
    const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
    const question = analyze('How much has the ferry toll brought in so far?');
    // Room for the question put and one more sentence.
    const answer = (await answerFromTurns([{ passage, coverage: 1 }], question, weigh, [passage], { words: 25 }))!;
    expect(answer.text).toContain('£310,000 since April');
  });

  it('answers "what would X cost" put as a question by its reply, not by a figure said after the reply', async () => {
    const said = [
      'Councillor Rhian Tavistock: What does the leader believe the estimated cost of the tram depot buyout will be?',
      '',
      'Councillor Obi Lansdowne: There is no tram depot buyout, and none has been put to cabinet by officers.',
      '',
      'Councillor Rhian Tavistock: Such costs would include surveys and legal fees. We know the legal fees on the depot alone were over £40,000 last year.',
    ].join('\n');
    const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
    const question = analyze('What would the tram depot buyout cost?');
    const answer = (await answerFromTurns([{ passage, coverage: 1 }], question, weigh, [passage], { words: 30 }))!;
    expect(answer.text).toContain('there was no tram depot buyout');
    expect(answer.text).not.toContain('£40,000');
  });

  it('reads what the asker says between the words that matched and the question put', async () => {
    const said = [
      'Councillor Yusra Okonjo: May I turn to the lido roof, which is coming down the line for the leisure trust, is it not? One trust manager told us the roof repair will cost them £2 million if it slips to next winter. Are you able to help them with that?',
      '',
      'Dafydd Merriman: We are watching it closely with the trust and with its surveyors this month. The trust has not yet asked the council for any money towards the work. We will report back to members in the spring with what the surveyors find.',
    ].join('\n');
    const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
    const question = analyze('What concerns were raised about the lido roof?');
    const answer = (await answerFromTurns([{ passage, coverage: 1 }], question, weigh, [passage], { words: 60 }))!;
    expect(answer.text).toContain('would cost them £2 million');
    expect(answer.text).toMatch(/^- Dafydd Merriman said that they were watching it closely/m);
  });

  it('abstains when a name the question types is said in no passage, but not for a misspelt speaker', async () => {
    const ask = (question: string) => answerFromTurns([{ passage, coverage: 1 }], analyze(question), weigh, [passage]);
    // The topic words match ("apprentice wage grant"); the place named does not.
    expect((await ask('Was the apprentice wage grant paid to firms in Nunavik?'))?.abstained).toBe(true);
    // "Achterburg" is no one here, yet what was said about the grant still answers.
    const answer = await ask('What did Devon Achterburg say about the apprentice wage grant?');
    expect(answer?.abstained).toBe(false);
    expect(answer?.text).toContain('apprentice wage grant');
  });

  it('abstains when the name typed is said only in another sitting than the one that answers', async () => {
    const harbour = [
      'Ines Calloway: Will the apprentice wage grant reach the boatyards this winter?',
      '',
      'Hon. Devon Achterberg: The apprentice wage grant will reach the boatyards before the winter.',
    ].join('\n');
    const elsewhere = 'Moira Quent AM: The Harbour Minister says the valleys of Brynmawr plan their own school meals.';
    const answering = { chunk: { ...chunk, id: 'h1', text: harbour, end: harbour.length } as Chunk, score: 1 };
    const other = {
      chunk: { ...chunk, id: 'o1', source: 'other-sitting.txt', text: elsewhere, end: elsewhere.length } as Chunk,
      score: 0.5,
    };
    const ask = (question: string) =>
      answerFromTurns([{ passage: answering, coverage: 1 }], analyze(question), weigh, [answering, other]);
    expect((await ask('Will the apprentice wage grant reach the boatyards of Brynmawr?'))?.abstained).toBe(true);
    expect((await ask('Will the apprentice wage grant reach the boatyards this winter?'))?.abstained).toBe(false);
    // An office typed in capitals names whoever holds it, not a place the sitting must say.
    expect(
      (await ask('What did the Harbour Minister say about the apprentice wage grant for the boatyards?'))?.abstained,
    ).toBe(false);
  });

  it('reads a place named in the question as said where the sitting says its adjective', async () => {
    const said = [
      'Ffion Garrow AM: What fee income do the colleges expect from abroad next year?',
      '',
      'Tobias Wren: The colleges expect about four million pounds in fees from Caldorian students next year.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'What fee income do the colleges expect from Caldoria next year?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('four million pounds');
    // A name the sitting never says, in any form, still finds nothing.
    expect(
      (await answerOverTurns(said, 'What fee income do the colleges expect from Ostrava next year?')).abstained,
    ).toBe(true);
  });

  it('answers "what did X say" from X’s own turns', async () => {
    const answer = (await answerFromTurns(
      [{ passage, coverage: 1 }],
      analyze('What did Devon Achterberg say about the apprentice wage grant?'),
      weigh,
      [passage],
    ))!;
    const speakers = [...answer.text.matchAll(/^- (.+?) (?:said|asked|added)\b/gm)].map((match) => match[1]);
    expect(speakers[0]).toBe('Hon. Devon Achterberg');
    expect(answer.text).toContain('flexibilities');
  });

  it('answers "the answer to X\'s question" from the reply to X, not from X\'s own turns', async () => {
    const answer = (await answerFromTurns(
      [{ passage, coverage: 1 }],
      analyze("What was the answer to Marta Quill's question on the apprentice wage grant?"),
      weigh,
      [passage],
    ))!;
    expect(answer.text).toMatch(/^- Hon\. Devon Achterberg said [^\n]*flexibilities/m);
    expect(answer.citations.map((citation) => citation.speaker)).toContain('Hon. Devon Achterberg');
  });

  it('does not read a speaker as asked about for one word of another name the question types', async () => {
    const said = [
      'Cerys Marlow AM: How can we be sure that governance across the colleges is rigorous and consistent?',
      '',
      'Idris Penhallow: Each college board reviews its own governance every year against the shared code.',
      '',
      'Nia Rees AM: What is behind the doubt the auditors raised over the accounts of Saint Marlow College?',
      '',
      'Idris Penhallow: The doubt over the accounts of Saint Marlow College comes from a grant from the harbour deal that has been paid late.',
    ].join('\n');
    const answer = await answerOverTurns(
      said,
      'Why did the auditors raise a doubt over the accounts of Saint Marlow College?',
    );
    expect(answer.text).toContain('paid late');
    expect(answer.text).not.toMatch(/^- Cerys Marlow/m);
  });

  it('reads a speaker named in lower case, first name and surname, as the speaker asked about', async () => {
    const said = [
      'Mr. Oren Valdane (Lakeshore, CPC): Mr. Chair, I rise to implore the government to fix the slow and costly ferry service to the outer islands.',
      '',
      'The Chair: Thank you. We go now to the next member.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'what did oren valdane complain about for the islands?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('ferry service');
  });

  it('judges whether the sitting holds the topic without the words naming whose words are asked for', async () => {
    const said = [
      'Petra Lindqvist AM: The harbour master told us last week that the marina would reopen in June.',
      '',
      'Osric Vane AM: The harbour master has been a great help to the sailing club this season.',
    ].join('\n');
    const asked = await answerOverTurns(said, 'What did the harbour master say about dredging fees at the marina?');
    expect(asked.abstained).toBe(true);
    expect((await answerOverTurns(said, 'What did the harbour master say about the marina reopening?')).abstained).toBe(
      false,
    );
  });

  it('abstains when the sentence that matches welcomes the party asked about and says nothing of what was asked', async () => {
    const said = [
      'Gwen Talbot AM: I am glad to welcome Bryn Tallis AM, Harbour Secretary, and his officials to the committee this morning.',
      '',
      'Petra Lindqvist AM: Dredging fees rose again this year for the small boat owners across the estuary.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'What did the Harbour Secretary say about dredging fees?');
    expect(answer.abstained).toBe(true);
  });

  it('answers what an office holder said from the turns of the speaker who holds it, not the turns naming it', async () => {
    const said = [
      'Gwen Talbot AM: Welcome to the ports committee. I am glad to welcome Bryn Tallis AM, Harbour Secretary, to talk about ferry fares. Harbour Secretary, how are ferry fares set, and will the Harbour Secretary freeze them?',
      '',
      'Bryn Tallis AM: The port board sets ferry fares every spring, and this year the fares will rise by no more than two per cent for island residents.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'What did the Harbour Secretary say about ferry fares?');
    expect(answer.text).toMatch(/^- Bryn Tallis AM said that the port board sets ferry fares every spring/m);
    expect(answer.text).not.toContain('Gwen Talbot');
    expect(answer.citations.map((citation) => citation.speaker)).toEqual(['Bryn Tallis AM']);
  });

  it('answers who pushed back on an office holder with the member who disputed it and the reply, not a plain question', async () => {
    const said = [
      'Gwen Talbot AM: I am glad to welcome Bryn Tallis AM, Harbour Secretary. Harbour Secretary, please.',
      '',
      'Ifor Pask AM: Harbour Secretary, on your plan for reopening the ferry routes, could you outline when the ferry routes might reopen?',
      '',
      'Bryn Tallis AM: The ferry routes will reopen when the harbour master advises it is safe.',
      '',
      "Nerys Drew AM: Reopening the ferry routes now is one thing. But wouldn't it be dangerous to discuss reopening the ferry routes before the hulls are surveyed?",
      '',
      'Bryn Tallis AM: We are not relaxing any of the rules on the ferry routes; nothing is imminent.',
    ].join('\n');
    const answer = await answerOverTurns(
      said,
      'Did anyone push back on the Harbour Secretary over reopening the ferry routes?',
    );
    expect(answer.text).toMatch(/^- Nerys Drew AM said [^\n]*dangerous/m);
    expect(answer.text).toMatch(/^- Bryn Tallis AM said that they were not relaxing/m);
    expect(answer.text).not.toContain('Ifor Pask');
  });

  it('finds who holds a post named by its remit in the introductions the sitting opened with', async () => {
    const opened =
      'Gwen Talbot AM: I welcome Ivo Brand, Cabinet Secretary for Education; and Mari Lloyd, deputy director, further education and skills division.';
    const said = [
      'Gwen Talbot AM: How are college bursaries paid to learners?',
      '',
      'Ivo Brand: Schools and colleges apply to us for bursaries each term, and the education budget covers them.',
      '',
      'Mari Lloyd: College bursaries reach learners through the colleges, and take-up has doubled since the bursaries went online.',
    ].join('\n');
    const passage = { chunk: { ...chunk, id: 'c2', text: said, end: said.length } as Chunk, score: 1 };
    const opening = async () => ({ ...chunk, id: 'c1', text: opened, end: opened.length }) as Chunk;
    const answer = (await answerFromTurns(
      [{ passage, coverage: 1 }],
      analyze('What did the further education official say about college bursaries?'),
      weigh,
      [passage],
      { opening },
    ))!;
    expect(answer.text).toMatch(/^- Mari Lloyd said that college bursaries reach learners/im);
    expect(answer.text).not.toContain('Ivo Brand');
  });

  it('answers "according to the Minister" where only the opening introduces who holds the office', async () => {
    const opened =
      'Gwen Talbot AM: Good morning. I welcome Ivo Brand AM, Minister for Education, and Mari Lloyd, director of the schools division.';
    const said = [
      'Rhian Vell AM: I want to ask about the attainment gap between pupils on free school meals and their classmates. The gap persists, does it not?',
      '',
      'Ivo Brand AM: We are not where we need to be on the attainment gap for pupils on free school meals, though the gap has narrowed in some schools.',
    ].join('\n');
    const passage = { chunk: { ...chunk, id: 'c2', text: said, end: said.length } as Chunk, score: 1 };
    const opening = async () => ({ ...chunk, id: 'c1', text: opened, end: opened.length }) as Chunk;
    const answer = (await answerFromTurns(
      [{ passage, coverage: 1 }],
      analyze('Is the attainment gap for pupils on free school meals closing, according to the Minister?'),
      weigh,
      [passage],
      { opening },
    ))!;
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Ivo Brand AM said that they were not where they needed to be');
  });

  it('abstains when nobody read holds the portfolio asked about, nor is it printed', async () => {
    const said = [
      'Hon. Marta Quill: Why has the government still not paid the apprentice wage grant to health employers?',
      '',
      'Hon. Devon Achterberg: We paid the apprentice wage grant to health employers this month, as the Minister of Labour promised.',
    ].join('\n');
    const asked = (question: string) => answerOverTurns(said, question);
    expect((await asked('What did the Minister of Health say about the apprentice wage grant?')).abstained).toBe(true);
    expect((await asked('What did the Minister of Labour say about the apprentice wage grant?')).abstained).toBe(false);
  });

  it('abstains when the office holder and the turns they answer never speak of the topic asked', async () => {
    const said = [
      'Ms. Petra Lindqvist: Ferry crews still have no masks; the harbour towns bought masks for the ferry crews themselves.',
      '',
      'The Chair: Thank you. Mr. Roux, you have the floor.',
      '',
      'Mr. Alain Roux (Lachine, BQ): When will the harbours committee report on the pier repairs be tabled?',
      '',
      'Hon. Devon Achterberg (Minister of Harbours): The harbours committee does important work, and its report on the pier repairs will be tabled next month.',
    ].join('\n');
    const asked = (question: string) => answerOverTurns(said, question);
    expect((await asked('What did the Minister of Harbours say about masks for ferry crews?')).abstained).toBe(true);
    const report = await asked('What did the Minister of Harbours say about the report on the pier repairs?');
    expect(report.text).toContain('Hon. Devon Achterberg said');
  });

  it("abstains when the paper's labels print who holds the office asked about and the passage found quotes only others", async () => {
    const said = [
      'The Chair: Mr. Roux, you have the floor.',
      '',
      'Mr. Alain Roux (Lachine, BQ): Streaming platforms earn billions from our artists. This petition asks the Minister of Heritage for a tax on the digital services of the streaming giants.',
      '',
      'Hon. Ada Okafor: Madam Chair, we will tax the digital services of the streaming giants from next spring.',
    ].join('\n');
    const paper = [
      'Hon. Ada Okafor (Minister of Heritage): Thank you, Madam Chair. Our museums reopen next month.',
      '',
      'Hon. Piet Visser (Minister of Fisheries): The lobster season opens on time.',
      '',
      said,
    ].join('\n\n');
    const member = said.split('\n\n').slice(0, 2).join('\n\n');
    const answerOver = async (passageText: string, question: string, { next = '', previous = '' } = {}) => {
      const passage = { chunk: { ...chunk, id: 'c2', text: passageText, end: passageText.length } as Chunk, score: 1 };
      const paperText = async () => paper;
      const passageOf = (text: string, id: string) =>
        text === '' ? undefined : ({ ...chunk, id, text, end: text.length } as Chunk);
      return (await answerFromTurns([{ passage, coverage: 1 }], analyze(question), weigh, [passage], {
        paperText,
        following: async () => passageOf(next, 'c3'),
        preceding: async () => passageOf(previous, 'c1'),
      }))!;
    };
    const asked = 'What did the heritage minister say about taxing the digital services of streaming giants?';
    expect((await answerOver(member, asked)).abstained).toBe(true);
    // The holder speaks in the passage after or before the one found: the member's turn is part of their exchange.
    const reply = said.split('\n\n')[2]!;
    expect((await answerOver(member, asked, { next: reply })).abstained).toBe(false);
    expect((await answerOver(member, asked, { previous: reply })).abstained).toBe(false);
    // A member's question put to the office, which another minister may answer, asks no word of the holder's own.
    const putToOffice = 'Would the heritage minister tax the digital services of the streaming giants?';
    expect((await answerOver(member, putToOffice)).abstained).toBe(false);
    // A passage that speaks of the holder's business by the office typed is the debate on it.
    const ofOffice = member.replace('the Minister of Heritage', "the heritage minister's plan");
    expect((await answerOver(ofOffice, asked)).abstained).toBe(false);
    // The holder answers under a bare label in the passage found: their word is there.
    const answered = await answerOver(said, asked);
    expect(answered.abstained).toBe(false);
    expect(answered.text).toContain('Hon. Ada Okafor said');
  });

  it('keeps room for the reply however long the question put, so its opening sentence is read', async () => {
    const said = [
      'Rhian Vell AM: When the ferry board came to see us last month they told us that the winter timetable for the island crossings had been cut back twice in two years, that the cafe on the quay had closed because of it, and that the islanders who work on the mainland now leave an hour earlier each morning, so will the crossings be restored before the winter timetable starts again?',
      '',
      'Osian Thorne: The ferry board has already agreed to put back the early crossing from the first of October, paid for from the harbour reserve that the council set aside last spring, and the late crossing will follow once a second crew has been trained for the boat. The cafe is a matter for its owners.',
    ].join('\n');
    const answer = await answerOverTurns(
      said,
      'Will the island ferry crossings be restored before the winter timetable?',
    );
    expect(answer.text).toContain('early crossing from the first of October');
  });

  it('reads a reply from where it opens, not from the later sentence sharing most of the question', async () => {
    const said = [
      'Petra Voss: Thank you. What has held up the works down on the ramp?',
      '',
      'Idris Kamau: The main reason the slipway repairs at Carrow Quay slipped is that the contractor lost its only crane in March. The slipway repairs were delayed while the harbour master found another crane and a new crew. Work now starts on the lower ramp first, and the upper ramp follows once the spring tides allow it.',
    ].join('\n');
    const question = 'Why did the harbour master say the slipway repairs at Carrow Quay were delayed?';
    const answer = await answerOverTurns(said, question, { words: 30 });
    expect(answer.text).toContain('lost its only crane');
    expect(answer.text).toContain('found another crane');
  });

  it('does not read an opening that names none of the topic, nor one of a turn that answers no question', async () => {
    const reply =
      'The main reason the slipway repairs at Carrow Quay slipped is that the contractor lost its only crane in March.';
    const rest =
      'The slipway repairs were delayed while the harbour master found another crane and a new crew. Work now starts on the lower ramp first, and the upper ramp follows once the spring tides allow it.';
    const question = 'Why did the harbour master say the slipway repairs at Carrow Quay were delayed?';
    const announced = [
      'Petra Voss: Thank you. What has held up the works down on the ramp?',
      '',
      `Idris Kamau: There are a number of parts to that, I am afraid, so bear with me for a moment. ${rest} ${reply}`,
    ].join('\n');
    expect((await answerOverTurns(announced, question, { words: 30, coverage: 5 })).text).not.toContain(
      'number of parts',
    );
    const unasked = [
      'Petra Voss: Thank you. I will hand over to our engineer for the works down on the ramp.',
      '',
      `Idris Kamau: ${reply} ${rest}`,
    ].join('\n');
    expect((await answerOverTurns(unasked, question, { words: 30 })).text).not.toContain('lost its only crane');
  });

  it('keeps to about a paragraph', async () => {
    const answer = (await answerFromTurns(
      [{ passage, coverage: 1 }],
      analyze('apprentice wage grant'),
      weigh,
      [passage],
      {
        words: 20,
        passages: 1,
      },
    ))!;
    const quoted = answer.text
      .replace(/^- [^:]+:|\[\d+\]/gm, '')
      .split(/\s+/)
      .filter(Boolean);
    expect(quoted.length).toBeLessThan(50);
  });

  it('reads the reply from the passage that follows when the question closes its passage', async () => {
    const asked = [
      'Cllr Priya Shah: The Northgate depot closes in June. How will the council keep the gritting rounds going next winter?',
    ].join('\n');
    const replied = [
      'Ms Dana Cole (Director of Highways): We have signed a lease on a yard at Brook Lane, so the gritters move there in May. The rounds stay as they are.',
      '',
      'Cllr Priya Shah: Thank you.',
    ].join('\n');
    const first = { ...chunk, id: 'd:4', documentSha: 'd', ordinal: 4, text: asked, end: asked.length } as Chunk;
    const second = { ...chunk, id: 'd:5', documentSha: 'd', ordinal: 5, text: replied, start: 500 } as Chunk;
    const asking = { chunk: first, score: 1 };
    const answer = (await answerFromTurns(
      [{ passage: asking, coverage: 1 }],
      analyze('What was said about the gritting rounds after the depot closes?'),
      weigh,
      [asking],
      { following: async (previous) => (previous.ordinal === 4 ? second : undefined) },
    ))!;
    expect(answer.text).toMatch(
      /^- Cllr Priya Shah said that .*asked how the council would keep the gritting rounds going next winter\. \[1\]$/m,
    );
    expect(answer.text).toMatch(/^- Ms Dana Cole said that they had signed a lease on a yard at Brook Lane.*\[2\]/m);
    expect(answer.text).toContain(
      'the Northgate depot closes in June. Cllr Priya Shah asked how the council would keep',
    );
    expect(answer.citations.map((citation) => citation.quote)).toEqual([
      'The Northgate depot closes in June.',
      'We have signed a lease on a yard at Brook Lane, so the gritters move there in May.',
    ]);
  });

  it('reads the reply from the passage that follows when a question put indirectly closes its passage', async () => {
    const asked = [
      'The Chair: Thank you all. Firstly, Glenys.',
      '',
      'Glenys Hart MS: Thank you, Chair. I just want to start by asking about how the harbour trust is spending the dredging grant on the outer channel.',
    ].join('\n');
    const replied = [
      'Mr Idris Penhale: Thank you. The trust spent most of the dredging grant on the outer channel last winter, and the rest goes on the inner berths.',
      '',
      'Glenys Hart MS: Thank you.',
    ].join('\n');
    const first = { ...chunk, id: 'h:2', documentSha: 'h', ordinal: 2, text: asked, end: asked.length } as Chunk;
    const second = { ...chunk, id: 'h:3', documentSha: 'h', ordinal: 3, text: replied, start: 500 } as Chunk;
    const asking = { chunk: first, score: 1 };
    const answer = (await answerFromTurns(
      [{ passage: asking, coverage: 1 }],
      analyze('How is the harbour trust spending the dredging grant on the outer channel?'),
      weigh,
      [asking],
      { following: async (previous) => (previous.ordinal === 2 ? second : undefined) },
    ))!;
    expect(answer.text).toMatch(/^- Mr Idris Penhale said that the trust spent most of the dredging grant.*\[2\]/m);
  });

  it('fills the room left from the passage that located the answer, not from passages further down', async () => {
    const located = [
      'Cllr Ana Ruiz: What will happen to the winter ferry timetable?',
      '',
      'Ms Lena Hale (Head of Transport): The winter ferry timetable drops the early crossing from November.',
    ].join('\n');
    const elsewhere =
      'Cllr Tom Reed: Residents at the harbour asked again about the winter ferry timetable and the fares on the late boat.';
    const first = { chunk: { ...chunk, id: 'f:1', text: located, end: located.length } as Chunk, score: 1 };
    const second = {
      chunk: { ...chunk, id: 'g:1', source: 'other-sitting.txt', text: elsewhere, end: elsewhere.length } as Chunk,
      score: 0.9,
    };
    const answer = (await answerFromTurns(
      [
        { passage: first, coverage: 1 },
        { passage: second, coverage: 1 },
      ],
      analyze('What was said about the winter ferry timetable?'),
      weigh,
      [first, second],
    ))!;
    expect(answer.text).toContain('Ms Lena Hale said that the winter ferry timetable drops the early crossing');
    expect(answer.text).not.toContain('Tom Reed');
    expect(answer.citations.map((citation) => citation.source)).not.toContain('other-sitting.txt');
  });

  it('abstains when only the speaker’s name and everyday words match, however well the passage ranked', async () => {
    const weights: Record<string, number> = { allot: 7, wait: 3, list: 3 };
    const answer = (await answerFromTurns(
      [{ passage, coverage: 1 }],
      analyze('What did Devon Achterberg say about allotment waiting lists?'),
      (stem) => weights[stem] ?? 1,
      [passage],
    ))!;
    expect(answer.abstained).toBe(true);
    expect(answer.citations).toEqual([]);
    const named = (await answerFromTurns(
      [{ passage, coverage: 1 }],
      analyze('What did Devon Achterberg think?'),
      weigh,
      [passage],
    ))!;
    expect(named.abstained).toBe(true);
  });

  it('abstains on a several-word owner ("the island ferry company\'s") the sitting names only part of', async () => {
    const question = "What was said about the island ferry company's subsidy of school trips?";
    // "Ferry" is the rarest word, and the sitting says it, but of a school's own crossing, never of the company.
    const weights: Record<string, number> = { ferri: 6, island: 3, compani: 3, trip: 3 };
    const overTurns = async (said: string) => {
      const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
      const weighOf = (stem: string) => weights[stem] ?? 2;
      return (await answerFromTurns([{ passage, coverage: 1 }], analyze(question), weighOf, [passage]))!;
    };
    const crossing = await overTurns(
      'Ms Nia Bowen: Every school runs a ferry crossing each summer, and our own fund pays for the trips.',
    );
    expect(crossing.abstained).toBe(true);
    const company = await overTurns(
      'Ms Nia Bowen: The island ferry company pays half of every school trip to the mainland, as its subsidy.',
    );
    expect(company.abstained).toBe(false);
  });

  it("abstains when the sitting says the topic's rarest word only inside a place name the question does not name", async () => {
    const weights: Record<string, number> = { frost: 6, damag: 3, grant: 3 };
    const overTurns = async (said: string, question: string) => {
      const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
      const weighOf = (stem: string) => weights[stem] ?? 2;
      return (await answerFromTurns([{ passage, coverage: 1 }], analyze(question), weighOf, [passage]))!;
    };
    const place = 'Mr. Ivo Stensrud: The Town of Frost Hollow has waited three years for its damage grants.';
    expect((await overTurns(place, 'What did members say about frost damage grants?')).abstained).toBe(true);
    expect((await overTurns(place, 'What was said about the Frost Hollow damage grants?')).abstained).toBe(false);
    const weather = 'Mr. Ivo Stensrud: A late frost hit our orchards and the damage grants never came.';
    expect((await overTurns(weather, 'What did members say about frost damage grants?')).abstained).toBe(false);
  });

  it('abstains when the thing asked about is a word the index never saw, not when that word only modifies it', async () => {
    const said =
      'Mr. Ivo Stensrud: The closure of the ferry office hurt the harbour, and so did the closure of the chandlery.';
    const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
    const isUnseen = (stem: string) => stem === contentTerms('boatyard')[0];
    // Forgiven as the asker's own word, the unseen word weighs less than the words the sitting says.
    const weighOf = (stem: string) => (isUnseen(stem) ? 0.5 : 1);
    const overTurns = async (question: string) =>
      (await answerFromTurns([{ passage, coverage: 1 }], analyze(question), weighOf, [passage], { isUnseen }))!;
    expect((await overTurns('What concerns were raised about the closure of the boatyard?')).abstained).toBe(true);
    expect((await overTurns('What concerns were raised about the boatyard office closure?')).abstained).toBe(false);
  });

  it('reads a title in the question as part of the name, not as a word the speaker must have said', async () => {
    const said = [
      'Dr Mira Okafor: The trust will put money into two new scanners this year. Waiting times for scans should fall by the spring.',
      '',
      'Cllr Tom Reed: Thank you, that is welcome news for the valley.',
    ].join('\n');
    const scanning = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
    // The title never occurs in what was said, so the index weighs it as a rare word.
    const weights: Record<string, number> = { dr: 8, scanner: 5 };
    const answer = (await answerFromTurns(
      [{ passage: scanning, coverage: 1 }],
      analyze('What did Dr Mira Okafor say about the scanners?'),
      (stem) => weights[stem] ?? 1,
      [scanning],
    ))!;
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(
      /^- Dr Mira Okafor said that the trust would put money into two new scanners this year\./m,
    );
  });

  it('reads the reply past an acknowledgement and the asker’s follow-up, and leaves courtesies out', async () => {
    const said = [
      'Cllr Omar Fenn: What came out of the harbour flooding review, and who will carry its actions forward?',
      '',
      'Ms Rhea Patel: That is absolutely fine.',
      '',
      'Cllr Omar Fenn: And what will be the hardest part for them?',
      '',
      'Ms Rhea Patel: Thank you very much for the question, Chair. The harbour flooding review asked for a tidal barrier survey by March. The port authority will lead the survey with the county engineers.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'What did the harbour flooding review lead to?');
    expect(answer.text).toContain('The port authority would lead the survey with the county engineers.');
    expect(answer.text).not.toContain('Thank you very much for the question');
    expect(answer.text).not.toContain('absolutely fine');
  });

  it('fills the room left from the exchange that located the answer, not from a later exchange', async () => {
    const said = [
      'Cllr Ines Moro: What is happening with the canal towpath lighting?',
      '',
      'Mr Karl Dane (Head of Parks): The canal towpath lighting is being replaced with solar lamps this autumn.',
      '',
      'Cllr Ines Moro: Thank you.',
      '',
      'Cllr Joe Platt: On another matter, the market hall roof needs mending before winter.',
      '',
      'Mr Karl Dane (Head of Parks): The market hall roof is booked for mending in October.',
      '',
      'Cllr Joe Platt: Residents by the canal towpath once asked about lighting at the lock gates too.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'What was said about the canal towpath lighting?');
    expect(answer.text).toContain('replaced with solar lamps this autumn');
    expect(answer.text).not.toContain('lock gates');
  });

  it('reads a question put without a question mark with the reply given in the same passage', async () => {
    const said = [
      "Cllr Bea Lund: I'm wondering when the night buses will return to the Elm estate. Shift workers there walk home across the unlit ring road after late shifts every single night of the week.",
      '',
      'Ms Hana Roth (Transport Manager): The operator has signed a new contract, so the service restarts on 4 May.',
    ].join('\n');
    const buses = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
    const answer = (await answerFromTurns(
      [{ passage: buses, coverage: 1 }],
      analyze('When will the night buses return to the Elm estate?'),
      weigh,
      [buses],
      { words: 20 },
    ))!;
    expect(answer.text).toMatch(/^- Cllr Bea Lund said that they were wondering when the night buses would return/m);
    expect(answer.text).toContain(
      '- Ms Hana Roth said that the operator had signed a new contract, so the service restarts on 4 May.',
    );
  });

  it('finds the topic in the third passage when the two above it continue other exchanges in words of their own', async () => {
    const texts = [
      'Mr Odell Frain: The contractor has been paid in stages, and the final stage falls due in March.',
      'Ms Ines Varga: The staff were consulted twice and the union agreed the rota.',
      'Cllr Sunniva Holt: Will the reservoir footbridge reopen before the summer? Mr Odell Frain: The footbridge reopens in June once the handrails are replaced.',
    ];
    const ranked = texts.map((said, index) => ({
      chunk: { ...chunk, id: `r:${index}`, ordinal: index, text: said, end: said.length } as Chunk,
      score: 1 - index / 10,
    }));
    const answer = (await answerFromTurns(
      ranked.map((passage) => ({ passage, coverage: 0.5 })),
      analyze('When will the reservoir footbridge reopen?'),
      weigh,
      ranked,
    ))!;
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('reopens in June');
  });

  it('follows a question quoted to fill the room with its reply, each speaker cited by name', async () => {
    const said = [
      'Cllr Wren Abara (Chair): Next is the bandstand in Quarry Gardens, which needs reroofing before the brass band season.',
      '',
      'Cllr Oona Blake: The bandstand could be reroofed once the nesting season ends.',
      '',
      'Cllr Joel Marsh: What would reroofing the bandstand cost?',
      '',
      'Ms Tilde Navarro (Parks Manager): About 7,800 pounds in slate, with the joinery done by our own team in March.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'How much would reroofing the Quarry Gardens bandstand cost?', {
      coverage: 0.2,
      id: 'q:1',
    });
    expect(answer.text).toMatch(/^- Cllr Wren Abara said that Next was the bandstand in Quarry Gardens/m);
    expect(answer.text).toMatch(
      /^- Cllr Joel Marsh asked\b[^\n]*\n- Ms Tilde Navarro said that about 7,800 pounds in slate/m,
    );
    expect(answer.citations.map((citation) => citation.speaker)).toEqual([
      'Cllr Wren Abara (Chair)',
      'Cllr Joel Marsh',
      'Ms Tilde Navarro (Parks Manager)',
    ]);
  });

  it('fills the room from two voices only: a third speaker nearby is most often the next exchange', async () => {
    const said = [
      'Cllr Wren Abara (Chair): Next is the Quarry Gardens bandstand, which needs reroofing before the brass band season.',
      '',
      'Cllr Oona Blake: The Quarry Gardens bandstand roof leaks onto the stage.',
      '',
      'Cllr Idris Fenn: Reroofing the bandstand would cost less in slate than in lead.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'How much would reroofing the Quarry Gardens bandstand cost?', {
      coverage: 0.2,
      id: 'q:2',
    });
    expect(answer.text).toContain('Cllr Oona Blake said that the Quarry Gardens bandstand roof leaks');
    expect(answer.text).not.toContain('Idris Fenn');
  });

  it('answers "what did X say about Y" from the turn where X answers talk of Y, not X’s turn on something else', async () => {
    const said = [
      'Cllr Hana Orr: What about the tenants who turned down the new boilers?',
      '',
      'Ms Pia Lund (Housing Officer): Fourteen tenants turned them down, mostly over noise.',
      '',
      'Cllr Ravi Sen: The community orchard at Mill Field has lost its grant from the water company.',
      '',
      'Cllr Hana Orr: I agree with Ravi. Hollin parish might adopt it next spring.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'What did Hana Orr say about the community orchard?', {
      coverage: 0.5,
      id: 'o:1',
    });
    expect(answer.text).toContain('Cllr Hana Orr said that Hollin parish might adopt it next spring.');
    expect(answer.text).not.toContain('boilers');
  });
});

describe('answerFromTurns on what the room decided and the business announced', () => {
  const sitting = [
    'Councillor Ines Varga: The next item is the Hollybank depot application. Ms Odum, please introduce it.',
    '',
    'Ruth Odum: The Hollybank depot application is for thirty homes, eight of them affordable.',
    '',
    'Councillor Tam Ferrier: I move refusal on the affordable housing shortfall.',
    '',
    'Councillor Ines Varga: Three for refusal, seven against, so the motion to refuse falls.',
    '',
    'Councillor Ines Varga: On the recommendation, seven in favour. The application is approved with conditions.',
    '',
    'Councillor Ines Varga: The next item is the Larch Walk play area.',
  ].join('\n');

  it('reads on from the item to the decision that names it, past an earlier vote on a motion', async () => {
    const answer = await answerOverTurns(sitting, 'Was the Hollybank depot application approved?');
    expect(answer.text).toContain('the application was approved with conditions');
  });

  it('reads a decision that something was not agreed, and a bare "carried" with the words put', async () => {
    const votes = [
      'Councillor Ines Varga: The question is that amendment 7, on the Kilnsey footbridge, be agreed. Two for, five against.',
      '',
      'Councillor Ines Varga: Amendment 7 is not agreed.',
      '',
      'Councillor Tam Ferrier: Yes, I will propose that. Winter gritting of the Kilnsey footbridge to start in November.',
      '',
      'Councillor Ines Varga: All in favour? Carried.',
    ].join('\n');
    expect((await answerOverTurns(votes, 'Was amendment 7 on the Kilnsey footbridge agreed?')).text).toContain(
      'Amendment 7 was not agreed',
    );
    const gritting = await answerOverTurns(votes, 'What was decided about gritting the Kilnsey footbridge?');
    expect(gritting.text).toMatch(/Winter gritting[^\n]*\n[^\n]*Carried/);
  });

  it('reads "we agreed that…" in the chair\'s words, some turns on, as what the room decided', async () => {
    const papers = [
      'Councillor Ines Varga: Paper to note 2 is a letter from the harbour board on the Pellow slipway lease.',
      '',
      'Councillor Tam Ferrier: Can I ask a question? Did that go to all of the group leaders?',
      '',
      'Councillor Ines Varga: Yes. It went to the leaders at their last panel—',
      '',
      'Councillor Tam Ferrier: And they were all of one mind on it—',
      '',
      'Councillor Ines Varga: They were, after some discussion at the panel—',
      '',
      'Councillor Tam Ferrier: I am glad to hear it from the leaders—',
      '',
      'Councillor Ines Varga: —and we agreed that the letter be answered by the clerk this month.',
      '',
      'Councillor Tam Ferrier: Okay.',
    ].join('\n');
    const answer = await answerOverTurns(papers, 'What was decided about the letter on the Pellow slipway lease?');
    expect(answer.text).toContain('they agreed that the letter be answered by the clerk');
  });

  it('reads "how did members vote on…" as asking what the room decided, a few turns on from the item', async () => {
    const votes = [
      'Ines Varga MS: I ask members to agree my amendment 4, which puts a duty to review the slipway charges on the face of the Bill.',
      '',
      'Tam Ferrier MS: I object to amendment 4.',
      '',
      'Rhodri Vance MS: The question is that amendment 4 be agreed. Does any Member object? We will take a vote by show of hands.',
      '',
      'Rhodri Vance MS: So, there voted four in favour, two against, and amendment 4 is agreed.',
    ].join('\n');
    const answer = await answerOverTurns(
      votes,
      'How did members vote on amendment 4 on reviewing the slipway charges?',
      { words: 30 },
    );
    expect(answer.text).toContain('four in favour, two against');
  });

  it('reads "what did the committee conclude on…" as asking what the room decided, not the debate', async () => {
    const votes = [
      'Ines Varga MS: My amendment 6 would require the council to publish the slipway charges and review them every year, because harbour users have told us the charges rose twice last winter without notice.',
      '',
      'Tam Ferrier MS: I do not think a yearly review of the slipway charges is needed; the charges are already published with the harbour budget.',
      '',
      'Rhodri Vance MS: The question is that amendment 6 be agreed. Does any Member object? We will take a vote by show of hands.',
      '',
      'Rhodri Vance MS: So, there voted two in favour, four against. Amendment 6 is not agreed.',
    ].join('\n');
    // Her argument recounts another decision on the charges in a long sentence: not the room's decision.
    const argued = votes.replace(
      'without notice.',
      'without notice. Last year the harbour trust was not awarded the money it asked for to review the slipway charges, so the charges went up again and the harbour users who launch there every week were left to pay the difference themselves.',
    );
    const answer = await answerOverTurns(
      votes,
      'What did the committee conclude on amendment 6 on reviewing the slipway charges?',
      { words: 40 },
    );
    expect(answer.text).toContain('there voted two in favour, four against');
    expect(answer.text).toContain('Amendment 6 was not agreed');
    const afterArgument = await answerOverTurns(
      argued,
      'What did the committee conclude on amendment 6 on reviewing the slipway charges?',
      { words: 40 },
    );
    expect(afterArgument.text).toContain('Amendment 6 was not agreed');
    expect(afterArgument.text).not.toContain('was not awarded');
    // Asked of an amendment never moved, the decision on amendment 6 is not its outcome.
    const other = await answerOverTurns(
      votes,
      'What did the committee conclude on amendment 6B on reviewing the slipway charges?',
      { words: 40 },
    );
    expect(other.text).not.toContain('Amendment 6 was not agreed');
  });

  it('names a chair labelled only by role as the speaker in a part read as a transcript', async () => {
    const said =
      'Chair: The county has given a grant of nine thousand pounds for the Saturday buses.\n\nIvo Brandt: Thank you.';
    const passage = { chunk: { ...chunk, kind: 'transcript', text: said, end: said.length } as Chunk, score: 1 };
    const question = analyze('Is the county paying a grant for the Saturday buses?');
    const answer = (await answerFromTurns([{ passage, coverage: 1 }], question, weigh, [passage]))!;
    expect(answer.text).toContain('Chair said that the county had given a grant');
  });

  it("reads what was said of the business, not the chair's sentence announcing it", async () => {
    const opening = [
      'Councillor Ines Varga: We have one substantive item tonight, the review of the Corran Street bus lane trial.',
      '',
      'Ruth Odum: Bus journeys along the trial lane were four minutes quicker at peak times.',
    ].join('\n');
    const passage = { chunk: { ...chunk, text: opening, end: opening.length } as Chunk, score: 1 };
    const question = analyze('What did the review find about the Corran Street bus lane trial?');
    const answer = (await answerFromTurns([{ passage, coverage: 1 }], question, weigh, [passage], { words: 5 }))!;
    expect(answer.text).toContain('four minutes quicker');
  });

  it('reads a possessive office as the speaker asked about, but as what a named speaker spoke of beside one', async () => {
    const said = [
      'Hon. Marta Quill: The minister’s answer on the ferry levy misses the point: harbour towns pay it twice.',
      '',
      'Hon. Devon Achterberg (Minister of Harbours): The ferry levy is paid once; we publish the receipts each May.',
    ].join('\n');
    const speakers = async (question: string) =>
      (await answerOverTurns(said, question)).citations.map((citation) => citation.speaker);
    expect(await speakers('Why did Marta Quill say the minister’s answer on the ferry levy missed the point?')).toEqual(
      ['Hon. Marta Quill'],
    );
    expect(await speakers('What was the minister’s answer on the ferry levy?')).toEqual([
      'Hon. Devon Achterberg (Minister of Harbours)',
    ]);
  });

  it('abstains when a compound the index hardly prints is asked about and the exchange holds only its common half', async () => {
    const said =
      'Ms. Petra Lindqvist: Minister, what support is there for the harbour towns? Hon. Osric Vane: Our answer is clear: the harbour support fund opens in May.';
    const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
    // "Kayak" is printed in two passages of an index of 1,300, none of them this one; the framing words everywhere.
    const rare = new Set(contentTerms('kayak'));
    const specificity = (stem: string) => Math.log(1 + 1300 / ((rare.has(stem) ? 2 : 200) + 0.5));
    const weighOf = (stem: string) => (rare.has(stem) ? 6 : 1);
    const overTurns = async (question: string) =>
      (await answerFromTurns([{ passage, coverage: 1 }], analyze(question), weighOf, [passage], {
        specificity,
      }))!;
    expect((await overTurns("What was the minister's answer on support for kayak harbours?")).abstained).toBe(true);
    // The same words, but the rare one typed apart from a compound: judged by coverage as before.
    expect((await overTurns("What was the minister's answer on support for harbours, kayak or not?")).abstained).toBe(
      false,
    );
    // Where the index prints the specific word often, or is small, the sittings may speak of the thing in their own
    // words.
    const common = async (question: string) =>
      (await answerFromTurns([{ passage, coverage: 1 }], analyze(question), weighOf, [passage], {
        specificity: () => Math.log(1 + 1300 / 200.5),
      }))!;
    expect((await common("What was the minister's answer on support for kayak harbours?")).abstained).toBe(false);
  });

  it('abstains when the whole topic is one compound and the exchange says only one half of it', async () => {
    // Both words printed rarely, "franchise" the rarer: the exchange says it, of a college, not the tram one.
    const rarity: Record<string, number> = Object.fromEntries([
      [contentTerms('franchise')[0]!, 7],
      [contentTerms('tram')[0]!, 6],
    ]);
    const overTurns = async (said: string) => {
      const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
      const question = analyze('Summarise the discussion on the tram franchise.');
      return (await answerFromTurns([{ passage, coverage: 1 }], question, (stem) => rarity[stem] ?? 1, [passage], {
        specificity: (stem) => rarity[stem] ?? 1,
      }))!;
    };
    const half =
      'Ms. Petra Lindqvist: How is the college franchise funded? Hon. Osric Vane: The franchise is funded through the colleges directly.';
    expect((await overTurns(half)).abstained).toBe(true);
    const whole =
      'Ms. Petra Lindqvist: How is the tram franchise funded? Hon. Osric Vane: The tram franchise is funded by fares.';
    expect((await overTurns(whole)).abstained).toBe(false);
  });

  it('abstains when the person asked about speaks in passages found but in none of those read on the topic', async () => {
    const onTopic =
      'Ms. Petra Lindqvist: The tidal barrier bill leaves the estuary villages exposed. Hon. Osric Vane: The tidal barrier bill funds defences for every estuary village.';
    const elsewhere = 'Mr. Anselm Grubb: Thank you, Chair. I want to ask about rural broadband in the valleys.';
    const topic = { chunk: { ...chunk, id: 'c1', text: onTopic, end: onTopic.length } as Chunk, score: 1 };
    const other = { chunk: { ...chunk, id: 'c2', text: elsewhere, end: elsewhere.length } as Chunk, score: 0.5 };
    const question = analyze('What did Anselm Grubb say about the tidal barrier bill?');
    const read = [{ passage: topic, coverage: 1 }];
    expect((await answerFromTurns(read, question, weigh, [topic, other]))!.abstained).toBe(true);
    // A name nobody speaks under may be misheard: what was said on the topic still answers.
    expect((await answerFromTurns(read, question, weigh, [topic]))!.abstained).toBe(false);
  });

  it('abstains when the person asked about speaks in the passages read only in another sitting, on other things', async () => {
    const counselling = [
      'Dafydd Amlwch AM: How will the school counselling money reach pupils at home during the closure?',
      '',
      'Mererid Tawe AM: The school counselling money goes to councils, so pupils at home get counselling by telephone.',
    ].join('\n');
    const merger =
      'Rhian Talley AM: The college merger cost twenty five million. Is that value for money for the pupils?';
    const ownView = [
      'Mererid Tawe AM: Pupils at home will get school counselling by video.',
      '',
      'Rhian Talley AM: I welcome that money, and I back the plan wholeheartedly.',
    ].join('\n');
    const topic = { chunk: { ...chunk, id: 'a1', source: 'closure.txt', text: counselling } as Chunk, score: 1 };
    const other = { chunk: { ...chunk, id: 'b1', source: 'merger.txt', text: merger } as Chunk, score: 0.8 };
    const same = { chunk: { ...chunk, id: 'a2', source: 'closure.txt', text: ownView } as Chunk, score: 0.8 };
    const question = analyze('What did Rhian Talley say about school counselling for pupils at home?');
    const ask = async (passages: (typeof topic)[]) =>
      (await answerFromTurns(
        passages.map((passage) => ({ passage, coverage: 0.5 })),
        question,
        weigh,
        passages,
      ))!;
    // Her only turn read is in the merger sitting: a view on school counselling she never gave.
    expect((await ask([topic, other])).abstained).toBe(true);
    // Her turn in the sitting on counselling answers, though it puts the topic in words of its own.
    const answer = await ask([topic, same]);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Rhian Talley AM said');
  });

  it('judges whether the sitting holds the topic without "the exchange between" or "what was he asked"', async () => {
    const said = [
      'Ms. Petra Lindqvist: The harbour dues doubled this spring. Will the minister cut the harbour dues for fishing crews?',
      '',
      'Hon. Osric Vane: We froze the harbour dues for every fishing crew until next spring.',
    ].join('\n');
    const exchange = await answerOverTurns(
      said,
      'Summarise the exchange between Petra Lindqvist and Osric Vane about harbour dues.',
    );
    expect(exchange.abstained).toBe(false);
    expect(exchange.text).toContain('Osric Vane said');
    const asked = await answerOverTurns(said, 'What was Osric Vane asked about harbour dues, and how did he answer?');
    expect(asked.text).toContain('froze the harbour dues');
  });

  it("abstains when the person asked about is named only inside others' turns, as the one seconding", async () => {
    const said = [
      'Cllr Ottoline Verey: The lido heating plan cuts gas use by a third.',
      '',
      'Cllr Bramwell Oduya: Councillor Verey moves the lido heating plan, Councillor Tamsin Fairlop seconds. Carried.',
    ].join('\n');
    const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
    const overTurns = async (question: string) =>
      (await answerFromTurns([{ passage, coverage: 1 }], analyze(question), weigh, [passage]))!;
    expect((await overTurns('What did Councillor Fairlop say about the lido heating plan?')).abstained).toBe(true);
    expect((await overTurns('What did Councillor Verey say about the lido heating plan?')).abstained).toBe(false);
  });

  it('abstains when a person asked about by description is printed in no passage found', async () => {
    const said =
      'Ms. Petra Lindqvist: What will the new lifeboat station cost? Hon. Osric Vane: The lifeboat station will cost four million dollars.';
    const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
    const overTurns = async (question: string) =>
      (await answerFromTurns([{ passage, coverage: 1 }], analyze(question), weigh, [passage]))!;
    expect((await overTurns('What did the harbour master say about the cost of the lifeboat station?')).abstained).toBe(
      true,
    );
    expect((await overTurns('What did the members say about the cost of the lifeboat station?')).abstained).toBe(false);
  });

  it("asked for figures, reads the reply's sentence giving them before its opening context", async () => {
    const said = [
      'Nell Ashby AM: Tenants say the repairs service is slow. What figures can you give us on how long repairs take?',
      '',
      'Piers Hollin: Thank you for the question. As I said earlier, we survey tenants before every review of the service and ask them how well we listen and how well we fix things. Quite a lot of those answers have been improving over the last few years across the valley estates. We changed the contractor for the valley estates two winters ago and moved the call centre back in house, which tenants had asked for, and we now send the same team back to a home wherever we can. Nine out of 10 urgent repairs are done within a day, down to half of routine repairs within a month. There are several reasons for the delays on routine work, and we have set out a plan.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'What figures were given for how long tenants wait for repairs?', {
      coverage: 0.6,
    });
    expect(answer.text).toContain('Nine out of 10 urgent repairs');
  });

  it("asked how someone explained a thing, reads the reply's sentence stating the reason before its opening", async () => {
    const said = [
      'Morwenna Clegg MS: Boaters on the upper canal tell us the lock gates at Pellow were shut for most of the summer, and I wonder whether you are aware of that, and will you take it into account when you plan next season?',
      '',
      'Aled Forsythe: Yes, we are aware the lock gates at Pellow were shut longer than anyone wanted this summer, and we have had letters from the boat clubs about it, as have you. We have met the boat clubs twice since then and walked the whole flight with them, and we have heard the same worries from the hire companies and the moorings on the upper canal. The reason why the work slipped is that the oak for the new gates came late from the mill. So, I am happy to keep the committee informed.',
    ].join('\n');
    const answer = await answerOverTurns(
      said,
      'How did the waterways manager explain the lock gates at Pellow being shut?',
    );
    expect(answer.text).toContain('oak for the new gates came late');
  });

  it("asked what concerns were raised, reads the reply's sentence stating the worry before its opening", async () => {
    const said = [
      'Morwenna Clegg MS: And what is your view of the latest position on the canal trust that runs the upper canal?',
      '',
      'Aled Forsythe: If I can go back to the last question first, we inspected the lower canal locks in 2018 and paused the towpath survey for two years, because we did not have the staff to do both at once, and we are talking to the Government about doing both together in future. In terms of the canal trust, we are particularly worried about its finances, since its chair has resigned and its budget is not agreed. We will visit the trust in April.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'What concerns were raised about the canal trust on the upper canal?', {
      words: 60,
    });
    expect(answer.text).toContain('particularly worried about its finances');
  });

  it('answers from the next speaker when the one who located the answer passes the question to them', async () => {
    const said = [
      'Olwen Tarr MS: Certainly, many clubs have had help this year. I think the Minister for Inland Waterways will be able to respond on the canal fund and the towpath.',
      '',
      'Gwilym Ashe MS: It is about £40,000 of the £250,000 that has gone to Pellow and Ruddock, Chair.',
      '',
      'Morwenna Clegg MS: Thank you. I would be grateful for a note on the other clubs later.',
    ].join('\n');
    const answer = await answerOverTurns(said, 'How much of the canal fund went on the towpath?', { words: 20 });
    expect(answer.text).toContain('£40,000 of the £250,000');
  });

  it('asked what example a named speaker gave, reads their sentence giving one before the rest of their turn', async () => {
    const said = [
      'Morwenna Clegg MS: Can you tell us about silting at the marina?',
      '',
      'Ingrid Solberg: Silting at the marina has worsened over ten years and the dredging budget has not kept pace with silting at the marina, which worries the berth holders a great deal. We have spoken to the harbour board many times about it, and they share our worry about the berths. The clubs have raised it at every meeting of the users forum this year. For example, the east basin lost a metre of depth in a single year.',
    ].join('\n');
    const passage = { chunk: { ...chunk, text: said, end: said.length } as Chunk, score: 1 };
    const question = analyze('What example did Ingrid Solberg give of silting at the marina?');
    const answer = (await answerFromTurns([{ passage, coverage: 1 }], question, weigh, [passage], { words: 45 }))!;
    expect(answer.text).toContain('east basin lost a metre');
  });
});
