import { readFileSync } from 'node:fs';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { registerListeners } from '../../src/slack/listeners/register-listeners.js';
import { createSlackListenerKit } from '../support/slack-listener-kit.js';

const manifest = readFileSync('manifest.yml', 'utf8');

/** The YAML list directly under `key:` (items only, comments dropped). */
function listUnder(key: string): string[] {
  const lines = (manifest.split(`${key}:\n`)[1] ?? '').split('\n');
  const items: string[] = [];
  for (const line of lines) {
    const item = /^\s+- ([\w.:]+)/.exec(line)?.[1];
    if (!item) break;
    items.push(item);
  }
  return items;
}

describe('manifest.yml', () => {
  it('subscribes to exactly the events and command the listeners handle', async () => {
    const registered = { events: [] as string[], commands: [] as string[], actions: 0 };
    const recorder = {
      event: (name: string) => registered.events.push(name),
      command: (name: string) => registered.commands.push(name),
      action: () => {
        registered.actions += 1;
      },
    };
    const kit = await createSlackListenerKit();
    registerListeners(recorder as unknown as App, kit.services);
    await kit.close();
    const botEvents = listUnder('bot_events');
    const subscribed = new Set(botEvents.map((event) => event.replace(/^message\..*/, 'message')));
    expect([...subscribed].sort()).toEqual([...registered.events].sort());
    expect(manifest).toContain(`- command: ${registered.commands[0]}`);
    expect(registered.actions).toBeGreaterThan(0);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  });

  it('asks only for the scopes those features need', () => {
    const scopes = listUnder('bot');
    expect(scopes.sort()).toEqual(
      [
        'app_mentions:read',
        'channels:history',
        'chat:write',
        'commands',
        'files:write',
        'groups:history',
        'im:history',
        'reactions:write',
      ].sort(),
    );
  });
});
