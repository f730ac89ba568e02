import type { RespondArguments } from '@slack/bolt';

/** What a button listener uses of Bolt's block_actions arguments. */
export interface ButtonArguments {
  ack: () => Promise<void>;
  body: { user: { id: string }; channel?: { id: string } };
  action: { action_id: string; value?: string };
  respond: (message: RespondArguments) => Promise<unknown>;
}
