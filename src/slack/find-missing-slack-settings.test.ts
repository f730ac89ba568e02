import { describe, expect, it } from 'vitest';
import { findMissingSlackSettings } from './find-missing-slack-settings.js';

const base = { port: 3000, rateLimitPerMinute: 6, maxConcurrentAnswers: 4, maxQueuedAnswers: 20, channelScopes: {} };

describe('findMissingSlackSettings', () => {
  it('needs the bot token, and the signing secret unless Socket Mode is used', () => {
    expect(findMissingSlackSettings(base)).toEqual(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
    expect(findMissingSlackSettings({ ...base, botToken: 'xoxb', signingSecret: 's' })).toEqual([]);
    expect(findMissingSlackSettings({ ...base, botToken: 'xoxb', appToken: 'xapp' })).toEqual([]);
  });
});
