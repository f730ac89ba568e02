import { describe, expect, it } from 'vitest';
import { omitsTimeAsked, omitsTimeSaid, timeOfOtherTopic } from './time-not-given.js';

describe('omitsTimeAsked', () => {
  const design = ['Lantern Consulting Engineers had been appointed to design the slipway repairs.'];

  it('finds "when" answered by lines that tell no time', () => {
    expect(omitsTimeAsked('when does construction start on the slipway?', design)).toBe(true);
    expect(omitsTimeAsked('what date do the slipway works start?', design)).toBe(true);
    expect(omitsTimeAsked('is there a deadline for the slipway design?', design)).toBe(true);
    expect(omitsTimeAsked('is there a deadline for the slipway design?', ['The design is due by May 2031.'])).toBe(
      false,
    );
  });

  it('accepts a date, a month, a season, a year or a relative time', () => {
    const asked = 'when will the slipway works start?';
    expect(omitsTimeAsked(asked, ['Works start on 4 March 2031.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['A decision will be made at the November meeting.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['Works are planned for the spring.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['It is hoped to present the design in the short term.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['The works will be completed within the next year.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['The meeting closed at 9.50pm.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['A decision on the works would be finalised at next Harbour Forum meeting.'])).toBe(
      false,
    );
  });

  it('reads how often something is done as no day, when a date is asked', () => {
    const rounds = ['The warden carried out the monthly inspection and repainted the slipway rails.'];
    expect(omitsTimeAsked('on what date is the slipway being repainted?', rounds)).toBe(true);
    expect(omitsTimeAsked('when is the slipway inspected?', rounds)).toBe(false);
  });

  it('reads "soon" as no day, when a date is asked', () => {
    const soon = ['A new mooring register had been drafted and would be published soon.'];
    expect(omitsTimeAsked('by what date will the mooring register be published?', soon)).toBe(true);
    expect(omitsTimeAsked('when will the mooring register be published?', soon)).toBe(false);
  });

  it('leaves alone "when" that asks which sitting last took a topic up, or in what case something happens', () => {
    const talk = ['Members discussed the moorings and the state of the slipway.'];
    expect(omitsTimeAsked('when did the harbour board last look at moorings', talk, ['moor'])).toBe(false);
    expect(omitsTimeAsked('when were moorings last discussed?', talk)).toBe(false);
    // Lines that print only part of the topic do not say the sitting took it up.
    expect(omitsTimeAsked('when did the board last look at mooring buoy lights', talk)).toBe(true);
    const rule = ['A skipper with two or more late payments in a season is referred to the moorings panel.'];
    expect(omitsTimeAsked('when does someone get referred to the moorings panel', rule)).toBe(false);
    expect(omitsTimeAsked('when does the moorings panel meet', rule)).toBe(true);
  });

  it('leaves other questions, and "when" asked with another kind, alone', () => {
    expect(omitsTimeAsked('who designed the slipway repairs?', design)).toBe(false);
    expect(omitsTimeAsked('when and why were the slipway repairs designed?', design)).toBe(false);
  });
});

describe('timeOfOtherTopic', () => {
  const topic = ['mill', 'lane', 'charger', 'switch'];
  const question = 'when will the mill lane chargers be switched on?';

  it('finds "when" answered only by the time of something else', () => {
    const meeting = [
      { text: 'The Chair confirmed that the next meeting is on Tuesday 4 May 2032.', heading: 'Any Other Business' },
    ];
    expect(timeOfOtherTopic(question, meeting, topic)).toBe(true);
  });

  it('accepts a line or its heading printing a word of the topic, and leaves other questions alone', () => {
    const headed = [{ text: 'Works are due to finish in May 2032.', heading: 'Mill Lane Chargers' }];
    expect(timeOfOtherTopic(question, headed, topic)).toBe(false);
    const told = [{ text: 'The chargers go live in May 2032.', heading: 'Updates' }];
    expect(timeOfOtherTopic(question, told, topic)).toBe(false);
    const ofBody = [
      { text: 'The next meeting is on Tuesday 4 May 2032.', heading: 'Close', body: 'Tarvel Town Council' },
    ];
    expect(timeOfOtherTopic("when is tarvel town council's next meeting?", ofBody, ['tarvel'])).toBe(false);
    const meeting = [{ text: 'The next meeting is on Tuesday 4 May 2032.', heading: 'Close' }];
    expect(timeOfOtherTopic('who is installing the mill lane chargers?', meeting, topic)).toBe(false);
  });
});

describe('omitsTimeSaid', () => {
  const talk = [
    '- Ysolde Marrack asked when the lido at Penhallow would open again. [1]',
    '- Councillor Bryn Tapper said that no day could be given yet, as the pool lining was still being tested. [2]',
  ].join('\n');

  it('reads a spoken answer asked on what date that tells no time as the date the sitting did not give', () => {
    expect(omitsTimeSaid('On what date will the Penhallow lido open again?', talk)).toBe(true);
    expect(omitsTimeSaid('What date did Councillor Tapper set for the lido to reopen?', talk)).toBe(true);
  });

  it('keeps a spoken answer that tells the time, and one asked only when, which what was said of it answers', () => {
    const told = talk.replace('no day could be given yet', 'the lido would open again on 14 June');
    expect(omitsTimeSaid('On what date will the Penhallow lido open again?', told)).toBe(false);
    expect(omitsTimeSaid('When will the Penhallow lido open again?', talk)).toBe(false);
  });
});
