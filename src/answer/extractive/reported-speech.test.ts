import { describe, expect, it } from 'vitest';
import { reportQuestion, reportSpeech, reportStatement } from './reported-speech.js';

describe('reportSpeech', () => {
  it('retells a run of one speaker in the third person past, "said that" first', () => {
    expect(
      reportSpeech('Cllr Wren Osei', [
        'We are pleased with the orchard scheme.',
        'Our volunteers will plant 300 trees on 12 March.',
      ]),
    ).toBe(
      'Cllr Wren Osei said that they were pleased with the orchard scheme. Their volunteers would plant 300 trees on 12 March.',
    );
  });

  it('drops an opening filler and keeps a name or acronym capitalised after "said that"', () => {
    expect(reportSpeech('Ms Ada Finch', ['So, Tidewell Parish has a new clerk.'])).toBe(
      'Ms Ada Finch said that Tidewell Parish had a new clerk.',
    );
    expect(reportSpeech('Ms Ada Finch', ['Ultimately our bid is strong.'])).toBe(
      'Ms Ada Finch said that ultimately their bid was strong.',
    );
    expect(reportSpeech('Ms Ada Finch', ['NHS dentists are scarce here.'])).toBe(
      'Ms Ada Finch said that NHS dentists were scarce here.',
    );
  });

  it('puts a clear question as "asked whether/what" and quotes a question it cannot retell', () => {
    expect(reportSpeech('Mr Ivo Brant', ['Will you publish the bridge survey?'])).toBe(
      'Mr Ivo Brant asked whether you would publish the bridge survey.',
    );
    expect(reportSpeech('Mr Ivo Brant', ['Can the Harbour Board confirm the dredging dates?'])).toBe(
      'Mr Ivo Brant asked whether the Harbour Board could confirm the dredging dates.',
    );
    expect(reportSpeech('Mr Ivo Brant', ['How many kiosks closed last year?'])).toBe(
      'Mr Ivo Brant asked: “How many kiosks closed last year?”',
    );
  });

  it('quotes an imperative or "let\'s" rather than change what was asked of the room', () => {
    expect(reportSpeech('Dr Lio Marsh', ["Let's look at the ferry fares."])).toBe(
      "Dr Lio Marsh said: “Let's look at the ferry fares.”",
    );
    expect(reportSpeech('Dr Lio Marsh', ['Our fares rose.', 'Please note the footnote.'])).toBe(
      'Dr Lio Marsh said that their fares rose. “Please note the footnote.”',
    );
  });

  it('keeps sentences as said when no speaker is known', () => {
    expect(reportSpeech(null, ['We will reopen the lido.'])).toBe('We will reopen the lido.');
  });
});

describe('reportStatement', () => {
  it('shifts the first person with agreement and backshifts auxiliaries', () => {
    expect(reportStatement('I am sure I was right and I have the figures.')).toBe(
      'They were sure they were right and they had the figures.',
    );
    expect(reportStatement('I think we can do more, and I do not accept it.')).toBe(
      'They thought they could do more, and they did not accept it.',
    );
  });

  it('reads contractions as the words they stand for', () => {
    expect(reportStatement("I'm told we've met, and I'll check; we don't know yet.")).toBe(
      'They were told they had met, and they would check; they did not know yet.',
    );
    expect(reportStatement("It's been slow and it's costly, but there's hope.")).toBe(
      'It had been slow and it was costly, but there was hope.',
    );
    expect(reportStatement("I'll propose it and we've agreed; I'm recommending the second option.")).toBe(
      'They would propose it and they had agreed; they were recommending the second option.',
    );
    expect(reportStatement("I'd like a vote; I'd asked before, and I'd suggest we wait.")).toBe(
      'They would like a vote; they had asked before, and they would suggest they wait.',
    );
  });

  it('shifts "I will" inside a relative clause and leaves infinitives and modals alone', () => {
    expect(reportStatement('The report that I will table next month is short.')).toBe(
      'The report that they would table next month was short.',
    );
    expect(reportStatement('We want to do this, and we would have done it sooner.')).toBe(
      'They wanted to do this, and they would have done it sooner.',
    );
  });

  it('leaves "you", quotations, "the US" and "U.S." as they were said', () => {
    expect(reportStatement('You will see our plan.')).toBe('You would see their plan.');
    expect(reportStatement('We told them "we are not ready" in May.')).toBe(
      'They told them "we are not ready" in May.',
    );
    expect(reportStatement('Trade with the US and U.S. ports helps us.')).toBe(
      'Trade with the US and U.S. ports helps them.',
    );
  });

  it('keeps the noun "will", the month "May" and a roman numeral "I"', () => {
    expect(reportStatement('There is the will to finish Phase I by May.')).toBe(
      'There was the will to finish Phase I by May.',
    );
  });

  it('keeps a letter fused to a number, as in "amendment 4I", while the speaker\'s own "I" changes', () => {
    expect(reportStatement('I move amendment 4I in the name of the member.')).toBe(
      'They move amendment 4I in the name of the member.',
    );
  });

  it('quotes a sentence whose "to me" would read, retold, as sent to the others it names', () => {
    expect(reportStatement('I invite her to send the ferry timetable to me by Friday.')).toBeUndefined();
    expect(reportSpeech('Cllr Ansel Brook', ['I invite her to send the ferry timetable to me by Friday.'])).toBe(
      'Cllr Ansel Brook said: “I invite her to send the ferry timetable to me by Friday.”',
    );
    // With no one asked or told before it, "to them" can only be the speaker's side.
    expect(reportStatement('The ferry timetable came to us late.')).toBe('The ferry timetable came to them late.');
    expect(reportStatement('Each parish must show to us how they meet it.')).toBe(
      'Each parish must show to them how they meet it.',
    );
  });

  it('gives up on a sentence with unpaired quotation marks', () => {
    expect(reportStatement('We said "no to the plan.')).toBeUndefined();
  });
});

describe('reportQuestion', () => {
  it('undoes the inversion of a question with a pronoun subject', () => {
    expect(reportQuestion('What are you doing about our potholes?')).toBe('what you were doing about their potholes.');
    expect(reportQuestion('Do you think we should wait?')).toBe('whether you thought they should wait.');
    expect(reportQuestion('Did you consider the tram?')).toBe('whether you had considered the tram.');
    expect(reportQuestion('Is there a budget for it?')).toBe('whether there was a budget for it.');
  });

  it('gives up when the subject has no clear end', () => {
    expect(reportQuestion('Is the new library, which opened late, busy?')).toBeUndefined();
    expect(reportQuestion('Do you reckon so?')).toBeUndefined();
  });
});
