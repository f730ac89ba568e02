import { describe, expect, it } from 'vitest';
import { omitsExclusionAsked } from './exclusion-not-given.js';

describe('omitsExclusionAsked', () => {
  const heard = [
    'Cllr Marsh proposed closing the meeting for public issues, seconded by Cllr Penrose. The meeting re-opened.',
  ];

  it('finds an exclusion asked about answered by lines telling of none', () => {
    expect(omitsExclusionAsked('what item was the public excluded for at the Brackenfold meeting?', heard)).toBe(true);
    expect(omitsExclusionAsked('were the press and public excluded for the depot sale?', heard)).toBe(true);
  });

  it('accepts lines that tell of an exclusion, or of there being none', () => {
    const excluded = ['RESOLVED that the press and public be excluded for the depot sale, as exempt information.'];
    expect(omitsExclusionAsked('were the press and public excluded for the depot sale?', excluded)).toBe(false);
    const none = ['At the time of preparing the agenda there were no exempt items.'];
    expect(omitsExclusionAsked('was the public excluded for any item?', none)).toBe(false);
  });

  it('leaves other questions alone', () => {
    expect(omitsExclusionAsked('who proposed closing the meeting for public issues?', heard)).toBe(false);
  });
});
