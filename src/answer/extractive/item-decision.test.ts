import { describe, expect, it } from 'vitest';
import { decidesMatter, isBareNote } from './item-decision.js';

describe('isBareNote', () => {
  it('sees a note taken of a paper, alone or in a resolution list', () => {
    expect(isBareNote('RESOLVED that the report be noted.')).toBe(true);
    expect(isBareNote('(1) the update be received and noted; and')).toBe(true);
    expect(isBareNote('Members noted the presentation.')).toBe(true);
  });

  it('does not take a note with a decision in it for a bare one', () => {
    expect(isBareNote('RESOLVED that the report be noted and the Director report back in March.')).toBe(false);
    expect(isBareNote('Members noted that the bridge would close for six weeks.')).toBe(false);
  });
});

describe('decidesMatter', () => {
  it('sees a decision on the matter in resolutions, lists and prose', () => {
    expect(decidesMatter('RESOLVED that the application be REFUSED.')).toBe(true);
    expect(decidesMatter('(b) the revised fees be approved from 1 April.')).toBe(true);
    expect(decidesMatter('Consideration of the item was deferred to the next meeting.')).toBe(true);
  });

  it('does not take a proposal, a heading or a note for a decision', () => {
    expect(decidesMatter('The report proposed closing the depot at Harnby Cross.')).toBe(false);
    expect(decidesMatter('RESOLVED that:')).toBe(false);
    expect(decidesMatter('RESOLVED that the report be noted.')).toBe(false);
  });
});
