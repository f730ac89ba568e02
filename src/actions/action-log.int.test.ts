import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusIndex } from '../../test/support/build-corpus-index.js';
import { createSilentLogger } from '../core/logger.js';
import { openQuorum, type Quorum } from '../open-quorum.js';
import { actions } from './actions.js';

// Invented hospital trust board minutes that close with their action log table.
const minutes = `Quillmere Hospitals NHS Trust

Minutes of the Trust Board held in Public
Wednesday 9 February 2033, 13:00, Seminar Room 4, Quillmere

Present:
Ms Petra Okonjo, Chair
Mr Dale Hirst, Chief Executive

QHT/33/007 Apologies
None.

QHT/33/008 Theatre utilisation
Mr Hirst reported that theatre utilisation had reached 81% in January.

QHT/33/009 Any other business
None.

ACTION LOG
Action No\tItem\tAction\tOwner\tDue\tStatus
33/002\tQHT/33/008\tReport weekend theatre lists by specialty\tChief Operating Officer\tApril 2033\tOpen
33/001\tQHT/32/114\tReview car parking charges for staff\tDirector of Estates\tJanuary 2033\tClosed
`;

describe("a board's action log table", () => {
  let folder: string;
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'action-log-'));
    const path = join(folder, 'quillmere-trust-board-minutes.txt');
    await writeFile(path, minutes);
    index = await buildCorpusIndex({ paths: [path] });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
    await rm(folder, { recursive: true, force: true });
  });

  it("tracks each open row under the minute it names, with the row's owner and due date", async () => {
    const list = await actions({ store: quorum.store, retriever: quorum.retriever });
    expect(
      list.actions.map((action) => [action.minute, action.minuteTitle, action.what, action.owner, action.when]),
    ).toEqual([
      [
        'QHT/33/008',
        'Theatre utilisation',
        'Report weekend theatre lists by specialty',
        'Chief Operating Officer',
        'due April 2033',
      ],
    ]);
  });

  it('files the rows of a log with no minute column under the minute that holds the log', async () => {
    const folder2 = await mkdtemp(join(tmpdir(), 'action-log-minute-'));
    const path = join(folder2, 'orrisdale-audit-minutes.txt');
    await writeFile(
      path,
      [
        'ORRISDALE BOROUGH COUNCIL',
        '',
        'AUDIT COMMITTEE',
        '',
        'Minutes of the meeting held on Tuesday 12 April 2033 at 2.00 pm',
        '',
        'Present: Councillor Ruth Amberley (Chair), Councillor Cosmo Vane',
        '',
        '21. Apologies',
        '',
        'None.',
        '',
        '22. Action Log',
        '',
        'Action | Owner | Due | Status',
        'Benchmark the cost of agency auditors | Head of Audit | 30 June 2033 | Open',
        '',
        'RESOLVED – That the action log be noted.',
        '',
        '23. Date of Next Meeting',
        '',
        'Tuesday 12 July 2033 at 2.00 pm.',
        '',
      ].join('\n'),
    );
    const built = await buildCorpusIndex({ paths: [path] });
    const opened = await openQuorum({ config: built.config, logger: createSilentLogger() });
    try {
      const list = await actions({ store: opened.store, retriever: opened.retriever });
      expect(
        list.actions.map((action) => [action.minute, action.minuteTitle, action.what, action.owner]),
      ).toContainEqual(['22', 'Action Log', 'Benchmark the cost of agency auditors', 'Head of Audit']);
    } finally {
      await opened.close();
      await built.cleanup();
      await rm(folder2, { recursive: true, force: true });
    }
  });
});
