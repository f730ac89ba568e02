export type MinutesCommand = { share: boolean } & (
  | { subcommand: 'ask'; question: string }
  | { subcommand: 'brief'; meeting: string }
  | { subcommand: 'digest'; since?: string }
  | { subcommand: 'actions'; topic?: string }
  | { subcommand: 'sources' }
  | { subcommand: 'watch'; topic: string }
  | { subcommand: 'watches' }
  | { subcommand: 'unwatch'; number: number }
  | { subcommand: 'help'; hint?: string }
);

/**
 * `/minutes [--share] <subcommand> [argument]`. Text that does not start with a subcommand is a question,
 * so `/minutes what was resolved on SEND?` works like `/minutes ask …`.
 */
export function parseMinutesCommand(text: string): MinutesCommand {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const share = words.some((word) => word.toLowerCase() === '--share');
  const [first = '', ...rest] = words.filter((word) => word.toLowerCase() !== '--share');
  const argument = rest.join(' ');
  switch (first.toLowerCase()) {
    case '':
    case 'help':
      return { share, subcommand: 'help' };
    case 'ask':
      return argument
        ? { share, subcommand: 'ask', question: argument }
        : {
            share,
            subcommand: 'help',
            hint: 'Add a question after `ask`, e.g. `/minutes ask what was resolved on SEND?`',
          };
    case 'brief':
      return argument
        ? { share, subcommand: 'brief', meeting: argument }
        : { share, subcommand: 'help', hint: 'Say which meeting after `brief`, e.g. `/minutes brief 31 Oct 2023`.' };
    case 'digest':
      return { share, subcommand: 'digest', since: argument || undefined };
    case 'actions':
      return { share, subcommand: 'actions', topic: argument || undefined };
    case 'sources':
      return { share, subcommand: 'sources' };
    case 'watch':
      return argument
        ? { share, subcommand: 'watch', topic: argument }
        : {
            share,
            subcommand: 'help',
            hint: 'Say what to watch after `watch`, e.g. `/minutes watch library opening hours`.',
          };
    case 'watches':
      return { share, subcommand: 'watches' };
    case 'unwatch':
      return /^\d+$/.test(argument) && Number(argument) > 0
        ? { share, subcommand: 'unwatch', number: Number(argument) }
        : {
            share,
            subcommand: 'help',
            hint: 'Say which watch to stop by its number in `/minutes watches`, e.g. `/minutes unwatch 2`.',
          };
    default:
      return { share, subcommand: 'ask', question: [first, ...rest].join(' ') };
  }
}
