import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusIndex } from '../../test/support/build-corpus-index.js';
import { createSilentLogger } from '../core/logger.js';
import { openQuorum, type Quorum } from '../open-quorum.js';
import { actions } from './actions.js';

// Invented notes of a working group typed in markdown, closing with a task list after the last item, and board
// minutes closing with an action log under its own heading after "Any other business".
const notes = `# Fernley Green Working Group

Notes of the meeting held on Monday 14 April 2031 at 7.00 pm, Fernley Village Hall

Present: Jo Marsh (Chair), Sam Orr, Priya Dale

## 1. Apologies

None.

## 2. Play Area Survey

The group discussed the draft survey on the play area and agreed its questions.

## 3. Any Other Business

Priya Dale said the noticeboard glass was cracked.

**Actions**

- [ ] Jo Marsh to send the play area survey to residents by 5 May 2031
- [ ] Sam Orr to obtain a quote for the noticeboard glass by 30 April 2031
`;

const board = `Tarnwick Community Trust

Minutes of the Board of Trustees held on Wednesday 9 July 2031 at 6.00 pm, Trust Office

Present: Ms Ada Lyle (Chair), Mr Ben Toft

TCT/31/20 Apologies
None.

TCT/31/21 Grants Round
The board reviewed the autumn grants round.

TCT/31/22 Any other business
None.

ACTION LOG
Action\tOwner\tDue\tStatus
Publish the autumn grants criteria\tGrants Officer\tAugust 2031\tOpen
`;

describe('actions after the last item', () => {
  let folder: string;
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'task-list-'));
    const paths = [join(folder, 'fernley-green-notes.md'), join(folder, 'tarnwick-board-minutes.txt')];
    await writeFile(paths[0]!, notes);
    await writeFile(paths[1]!, board);
    index = await buildCorpusIndex({ paths });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
    await rm(folder, { recursive: true, force: true });
  });

  it("tracks a markdown task list's items and a closing log's rows under the log, not under Any Other Business", async () => {
    const list = await actions({ store: quorum.store, retriever: quorum.retriever });
    const read = list.actions.map((action) => [action.minuteTitle, action.what, action.owner]);
    expect(read).toContainEqual([
      'Action log',
      'Jo Marsh to send the play area survey to residents by 5 May 2031',
      'Jo Marsh',
    ]);
    expect(read).toContainEqual([
      'Action log',
      'Sam Orr to obtain a quote for the noticeboard glass by 30 April 2031',
      'Sam Orr',
    ]);
    expect(read).toContainEqual(['Action log', 'Publish the autumn grants criteria', 'Grants Officer']);
  });
});
