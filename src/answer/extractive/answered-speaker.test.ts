import { describe, expect, it } from 'vitest';
import { askedSpeaker, namesOnlyAsAnswered } from './answered-speaker.js';

describe('askedSpeaker', () => {
  it('reads the titled person whose own word is asked for, typed in any case', () => {
    expect(askedSpeaker('what did cllr amery think the town should do about verges?')).toEqual(['ameri']);
    expect(askedSpeaker("What was Dr Okafor's view on the clinic?")).toEqual(['okafor']);
    expect(askedSpeaker('which verges are cut in may?')).toEqual([]);
  });
});

describe('namesOnlyAsAnswered', () => {
  const amery = askedSpeaker('what did cllr amery think of the verge cutting?');

  it('finds a line that names the person only as the one an officer answered', () => {
    expect(
      namesOnlyAsAnswered('In response to Cllr. Amery, Ms. Vance advised that verges are cut twice a year.', amery),
    ).toBe(true);
    expect(
      namesOnlyAsAnswered(
        'In reply to Councillor Dunne and Cllr Amery, the engineer said cutting would resume.',
        amery,
      ),
    ).toBe(true);
  });

  it('leaves alone the person’s own words and lines not naming them', () => {
    expect(namesOnlyAsAnswered('Cllr. Amery said the verges should be cut in May, not June.', amery)).toBe(false);
    expect(namesOnlyAsAnswered('In response to Cllr Dunne, Cllr Amery said the verges were a hazard.', amery)).toBe(
      false,
    );
    expect(namesOnlyAsAnswered('The engineer advised that verges are cut twice a year.', amery)).toBe(false);
  });
});
