import type { RespondArguments } from '@slack/bolt';
import { answerForSlack } from '../../answering/answer-for-slack.js';
import type { AnsweringServices } from '../../answering/answering-services.js';
import { filtersForChannel } from '../../answering/filters-for-channel.js';
import { reportFailure } from '../../answering/report-failure.js';
import { helpText } from '../../render/help-text.js';
import { packMessages } from '../../render/pack-messages.js';
import { renderSourcesSummary } from '../../render/render-sources-summary.js';
import { sectionUnits } from '../../render/section-units.js';
import type { SlackMessage } from '../../render/slack-message.js';
import { type MinutesCommand, parseMinutesCommand } from './parse-minutes-command.js';
import { respondWithFeature } from './respond-with-feature.js';
import { runWatchCommand } from './run-watch-command.js';

export interface MinutesCommandArguments {
  command: { text: string; user_id: string; channel_id: string };
  ack: (response?: RespondArguments) => Promise<void>;
  respond: (message: RespondArguments) => Promise<unknown>;
}

type Send = (message: SlackMessage) => Promise<unknown>;

/** `/minutes`: acknowledged at once, answered through `respond`, ephemeral unless `--share`. */
export function createMinutesListener(services: AnsweringServices) {
  return async ({ command, ack, respond }: MinutesCommandArguments): Promise<void> => {
    const parsed = parseMinutesCommand(command.text);
    const slow = !['help', 'sources', 'watch', 'watches', 'unwatch'].includes(parsed.subcommand);
    await ack(slow ? { response_type: 'ephemeral', text: '⏳ Looking through the papers…' } : undefined);
    // A new or stopped watch changes what the channel will see, so the channel is told.
    const announced = parsed.subcommand === 'watch' || parsed.subcommand === 'unwatch';
    const responseType = parsed.share || announced ? 'in_channel' : 'ephemeral';
    const send: Send = (message) => respond({ response_type: responseType, ...message });
    try {
      await runSubcommand(services, parsed, command, send);
    } catch (error) {
      await reportFailure({
        logger: services.logger,
        error,
        send: (message) => respond({ response_type: 'ephemeral', ...message }),
        context: {
          listener: 'command',
          subcommand: parsed.subcommand,
          channel: command.channel_id,
          user: command.user_id,
        },
      });
    }
  };
}

async function runSubcommand(
  services: AnsweringServices,
  parsed: MinutesCommand,
  command: MinutesCommandArguments['command'],
  send: Send,
): Promise<void> {
  const { dependencies } = services;
  const user = command.user_id;
  const filters = filtersForChannel(services.channelScopes, command.channel_id);
  switch (parsed.subcommand) {
    case 'help':
      return sendMrkdwn(parsed.hint ? `${parsed.hint}\n\n${helpText}` : helpText, send);
    case 'sources':
      return sendMrkdwn(renderSourcesSummary(await dependencies.describeSources(filters)), send);
    case 'ask':
      await answerForSlack(
        services,
        { question: parsed.question, user, channel: command.channel_id, history: [] },
        send,
      );
      return;
    case 'brief': {
      const brief = dependencies.brief;
      const write = brief && (() => brief({ meeting: parsed.meeting, filters }));
      return respondWithFeature(services, { user, feature: 'brief', write }, send);
    }
    case 'digest': {
      const digest = dependencies.digest;
      const write = digest && (() => digest({ since: parsed.since, filters }));
      return respondWithFeature(services, { user, feature: 'digest', write }, send);
    }
    case 'watch':
    case 'watches':
    case 'unwatch': {
      const text = await runWatchCommand(dependencies.watchStore, parsed, { user, channel: command.channel_id });
      return sendMrkdwn(text, send);
    }
    case 'actions': {
      const actions = dependencies.actions;
      const write = actions && (() => actions({ topic: parsed.topic, filters }));
      return respondWithFeature(services, { user, feature: 'actions', write }, send);
    }
  }
}

async function sendMrkdwn(mrkdwn: string, send: Send): Promise<void> {
  for (const message of packMessages(sectionUnits(mrkdwn))) await send(message);
}
