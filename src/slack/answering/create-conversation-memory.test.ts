import { describe, expect, it } from 'vitest';
import { createConversationMemory } from './create-conversation-memory.js';

describe('createConversationMemory', () => {
  it('keeps the latest turns of the most recently active conversations', () => {
    let time = 0;
    const memory = createConversationMemory({ maxConversations: 2, maxTurns: 3, now: () => time });
    memory.append('a', { role: 'user', text: '1' }, { role: 'assistant', text: '2' });
    memory.append('a', { role: 'user', text: '3' }, { role: 'assistant', text: '4' });
    expect(memory.turns('a').map((turn) => turn.text)).toEqual(['2', '3', '4']);
    memory.append('b', { role: 'user', text: 'b' });
    memory.append('a', { role: 'user', text: '5' });
    memory.append('c', { role: 'user', text: 'c' });
    expect([memory.knows('a'), memory.knows('b'), memory.knows('c')]).toEqual([true, false, true]);
    time = 10_000;
    expect(memory.turns('c', 5_000)).toEqual([]);
    expect(memory.turns('c')).toHaveLength(1);
  });
});
