import type { Config } from '../config.js';

/** Environment variables the bot cannot start without; the signing secret is only needed over HTTP. */
export function findMissingSlackSettings(slack: Config['slack']): string[] {
  const missing: string[] = [];
  if (!slack.botToken) missing.push('SLACK_BOT_TOKEN');
  if (!slack.signingSecret && !slack.appToken) missing.push('SLACK_SIGNING_SECRET');
  return missing;
}
