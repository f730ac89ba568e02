// Request bodies shaped like the ones Slack sends, for driving the bot in tests.

let counter = 0;
const nextId = (prefix: string) => {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
};

export const slackPayloads = {
  /** An Events API envelope; the JSON body of the request. */
  event(event: Record<string, unknown>, eventId = nextId('Ev')): string {
    return JSON.stringify({
      token: 'legacy-token',
      team_id: 'T0001',
      api_app_id: 'A0001',
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: 'T0001', user_id: 'UQUORUM', is_bot: true, is_enterprise_install: false }],
      event: { event_ts: event.ts, ...event },
    });
  },
  /** A slash command; a form-encoded body. */
  command(text: string, responseUrl: string, channel = 'C0001'): string {
    return new URLSearchParams({
      token: 'legacy-token',
      team_id: 'T0001',
      team_domain: 'council',
      channel_id: channel,
      channel_name: 'scrutiny',
      user_id: 'U0001',
      user_name: 'member',
      command: '/minutes',
      text,
      api_app_id: 'A0001',
      response_url: responseUrl,
      trigger_id: nextId('trigger'),
    }).toString();
  },
  /** A button press; a form-encoded body with the JSON payload. */
  buttonPress(actionId: string, value: string, responseUrl: string, channel = 'C0001'): string {
    const payload = {
      type: 'block_actions',
      team: { id: 'T0001', domain: 'council' },
      user: { id: 'U0001', username: 'member', team_id: 'T0001' },
      api_app_id: 'A0001',
      token: 'legacy-token',
      container: { type: 'message', channel_id: channel, message_ts: '1700000001.000100' },
      trigger_id: nextId('trigger'),
      channel: { id: channel, name: 'scrutiny' },
      message: { type: 'message', ts: '1700000001.000100', text: 'answer' },
      response_url: responseUrl,
      actions: [{ type: 'button', action_id: actionId, block_id: 'answer_actions', value, action_ts: '1700000002.1' }],
    };
    return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  },
};
