import { describe, expect, it } from 'vitest';
import { stripMentions } from './strip-mentions.js';

describe('stripMentions', () => {
  it('removes user mentions and tidies the spaces', () => {
    expect(stripMentions('<@U123ABC> what was  resolved?')).toBe('what was resolved?');
    expect(stripMentions('hey <@U1|quorum>, anything on SEND?')).toBe('hey , anything on SEND?');
    expect(stripMentions('<@U1>')).toBe('');
  });
});
