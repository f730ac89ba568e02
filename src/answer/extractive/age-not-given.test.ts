import { describe, expect, it } from 'vitest';
import { omitsAgeAsked } from './age-not-given.js';

describe('omitsAgeAsked', () => {
  it('finds an age asked for that no quoted line gives, or gives only for other people', () => {
    const named = ['Pupils were told about forums such as the School Council and the Youth Parliament.'];
    expect(omitsAgeAsked('from what age can young people join the youth parliament?', named)).toBe(true);
    const otherPeople = ['More young people aged 11+ are cared for safely within their families.'];
    expect(omitsAgeAsked('from what age can young people join the youth parliament?', otherPeople)).toBe(true);
  });

  it('accepts an age on the topic asked, however printed, and a year for how old a thing is', () => {
    const asked = 'at what age do cadets move up to the senior lifeboat crew?';
    expect(omitsAgeAsked(asked, ['Cadets currently move up to the senior lifeboat crew at the age of 17.'])).toBe(
      false,
    );
    expect(omitsAgeAsked(asked, ['At 17, cadets move up to the senior lifeboat crew.'])).toBe(false);
    expect(omitsAgeAsked('how old are the children offered free childcare?', ['Free childcare for 2-year-olds.'])).toBe(
      false,
    );
    expect(omitsAgeAsked('which age group does the gym offer cover?', ['Discounts for over-65s at the gym.'])).toBe(
      false,
    );
    expect(omitsAgeAsked('how old is the parking policy?', ['The current (2016) parking policy is due review.'])).toBe(
      false,
    );
  });

  it('leaves other questions alone, and a vehicle age limit to the usual checks', () => {
    const lines = ['The committee approved the new licensing policy.'];
    expect(omitsAgeAsked('what did the committee approve?', lines)).toBe(false);
    expect(omitsAgeAsked('what age limit for taxis was approved?', lines)).toBe(false);
  });
});
