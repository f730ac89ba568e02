import { describe, expect, it } from 'vitest';
import { parseMinutesCommand } from './parse-minutes-command.js';

describe('parseMinutesCommand', () => {
  it.each([
    ['', { share: false, subcommand: 'help' }],
    ['help', { share: false, subcommand: 'help' }],
    ['ask what was resolved?', { share: false, subcommand: 'ask', question: 'what was resolved?' }],
    ['--share ask what was resolved?', { share: true, subcommand: 'ask', question: 'what was resolved?' }],
    ['ASK what  was resolved? --share', { share: true, subcommand: 'ask', question: 'what was resolved?' }],
    ['brief 31 Oct 2023', { share: false, subcommand: 'brief', meeting: '31 Oct 2023' }],
    ['digest', { share: false, subcommand: 'digest', since: undefined }],
    ['digest last week', { share: false, subcommand: 'digest', since: 'last week' }],
    ['actions home education', { share: false, subcommand: 'actions', topic: 'home education' }],
    ['sources --share', { share: true, subcommand: 'sources' }],
    ['watch library opening hours', { share: false, subcommand: 'watch', topic: 'library opening hours' }],
    ['watches', { share: false, subcommand: 'watches' }],
    ['unwatch 2', { share: false, subcommand: 'unwatch', number: 2 }],
    ['what was resolved on SEND?', { share: false, subcommand: 'ask', question: 'what was resolved on SEND?' }],
  ])('parses %j', (text, expected) => {
    expect(parseMinutesCommand(text)).toEqual(expected);
  });

  it('turns a subcommand missing its argument into help with a hint', () => {
    expect(parseMinutesCommand('ask')).toMatchObject({ subcommand: 'help', hint: expect.stringContaining('question') });
    expect(parseMinutesCommand('watch')).toMatchObject({ subcommand: 'help', hint: expect.stringContaining('watch') });
    expect(parseMinutesCommand('unwatch first')).toMatchObject({
      subcommand: 'help',
      hint: expect.stringContaining('number'),
    });
    expect(parseMinutesCommand('brief')).toMatchObject({
      subcommand: 'help',
      hint: expect.stringContaining('meeting'),
    });
  });
});
