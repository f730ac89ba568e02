import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';

// Invented board minutes: items numbered by the board's own references, the next sitting announced under
// any other business rather than under an item of its own.
const boardMinutes = (date: string, next: string) =>
  [
    '# Fenwick Valley Water Board',
    '',
    `## Minutes of the Directors public session held on ${date}`,
    '',
    '**Present:** Mrs Ada Quayle (Chair), Mr Rhys Penhaligon, Ms Tova Lindqvist',
    '',
    '**WB/25/011 Reservoir safety inspection**',
    '',
    'The Board noted that the spillway repairs at Hollins Reservoir would be complete before the autumn rains.',
    '',
    '**WB/25/012 Any other business**',
    '',
    `There was no other business. ${next}`,
  ].join('\n');

describe('when is the next meeting', () => {
  let folder: string;
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'quorum-next-'));
    const older = join(folder, 'older.md');
    const newer = join(folder, 'newer.md');
    await writeFile(older, boardMinutes('Thursday 9 January 2025', 'The next meeting will be held on 6 March 2025.'));
    await writeFile(newer, boardMinutes('Thursday 6 March 2025', 'The next meeting will be held on 8 May 2025.'));
    index = await buildCorpusIndex({ paths: [older, newer] });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
    await rm(folder, { recursive: true, force: true });
  });

  it('answers a question naming no topic from the latest meeting that announces the next one', async () => {
    const answer = await quorum.answerQuestion({ question: 'When is the next board meeting?' });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('8 May 2025');
    expect(answer.text).not.toContain('6 March 2025.');
    expect(answer.citations[0]).toMatchObject({ meetingDate: '2025-03-06', minute: 'WB/25/012' });
  });
});

// Invented town council minutes: the next sitting under an item titled "Date and time of next meeting", its date on
// the line below the title.
const townMinutes = [
  'BRISCOE MAGNA TOWN COUNCIL',
  '',
  'Minutes of the Town Council Meeting held on Monday 13th January 2025 at 7pm in the Guildhall',
  '',
  'Present: Cllr O. Trelawney (Town Mayor, in the Chair), Cllr E. Pascoe, Cllr N. Vosper',
  '',
  'Minute 25/004 Allotments',
  'RESOLVED to raise allotment rents to £42 a plot from October 2025.',
  '',
  'Minute 25/005 Date and time of next meeting',
  'The next meeting will be held on Monday 10th February 2025 at 7pm.',
].join('\n');

describe('when is the next meeting, announced under its own heading', () => {
  let folder: string;
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'quorum-next-heading-'));
    const minutes = join(folder, 'town.md');
    await writeFile(minutes, townMinutes);
    index = await buildCorpusIndex({ paths: [minutes] });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
    await rm(folder, { recursive: true, force: true });
  });

  it('reads the date from the line under a "Date and time of next meeting" title', async () => {
    const answer = await quorum.answerQuestion({ question: 'When is the next Briscoe Magna town council meeting?' });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('10th February 2025');
  });
});
