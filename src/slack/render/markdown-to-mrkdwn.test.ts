import { describe, expect, it } from 'vitest';
import { markdownToMrkdwn } from './markdown-to-mrkdwn.js';

describe('markdownToMrkdwn', () => {
  it.each([
    ['**bold** and __also bold__', '*bold* and *also bold*'],
    ['*italic* and _italic_', '_italic_ and _italic_'],
    ['***both***', '*_both_*'],
    ['~~gone~~', '~gone~'],
    ['## Resolved', '*Resolved*'],
    ['# **Heading** here', '*Heading here*'],
    ['- one\n* two\n  - nested', '• one\n• two\n    • nested'],
    ['1. first\n2) second', '1. first\n2. second'],
    ['see [the minutes](https://example.org/a?b=1&c=2)', 'see <https://example.org/a?b=1&c=2|the minutes>'],
    ['> quoted **text**', '>quoted *text*'],
    ['costs < £5 & > £2', 'costs &lt; £5 &amp; &gt; £2'],
    ['keep `**code**` as is', 'keep `**code**` as is'],
    ['resolved [1] and noted [2]', 'resolved [1] and noted [2]'],
    ['3 * 4 * 5', '3 * 4 * 5'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['---', ''],
  ])('converts %j', (markdown, mrkdwn) => {
    expect(markdownToMrkdwn(markdown)).toBe(mrkdwn);
  });

  it('leaves fenced code untouched apart from escaping', () => {
    expect(markdownToMrkdwn('```\n**x** < y\n```')).toBe('```\n**x** &lt; y\n```');
  });
});
