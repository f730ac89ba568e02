import type { WatchStore } from '../../../watches/watch-store.js';
import { escapeMrkdwn } from '../../render/escape-mrkdwn.js';
import type { MinutesCommand } from './parse-minutes-command.js';

type WatchCommand = Extract<MinutesCommand, { subcommand: 'watch' | 'watches' | 'unwatch' }>;

/** `/minutes watch <topic>`, `/minutes watches`, `/minutes unwatch <n>`: the reply, as Slack mrkdwn. */
export async function runWatchCommand(
  store: WatchStore | undefined,
  command: WatchCommand,
  context: { user: string; channel: string },
  now: () => Date = () => new Date(),
): Promise<string> {
  if (!store) return '`/minutes watch` is not built yet in this workspace.';
  switch (command.subcommand) {
    case 'watch': {
      const topic = command.topic.replace(/\s+/g, ' ').trim();
      await store.add({ channel: context.channel, topic, createdBy: context.user, now: now() });
      return `👀 <@${context.user}> is watching *${escapeMrkdwn(topic)}* here: I will post new passages on it, with their sources, as papers arrive.`;
    }
    case 'watches': {
      const watches = await store.list(context.channel);
      if (watches.length === 0) return 'No watches in this channel. Start one with `/minutes watch <topic>`.';
      const lines = watches.map(
        (watch, index) => `${index + 1}. *${escapeMrkdwn(watch.topic)}* (by <@${watch.createdBy}>)`,
      );
      return ['Watches in this channel:', ...lines, 'Stop one with `/minutes unwatch <n>`.'].join('\n');
    }
    case 'unwatch': {
      const removed = await store.remove(context.channel, command.number);
      if (!removed) return `There is no watch ${command.number} in this channel: \`/minutes watches\` lists them.`;
      return `<@${context.user}> stopped watching *${escapeMrkdwn(removed.topic)}* here.`;
    }
  }
}
