import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMinutes, makePaper } from '../../test/support/make-paper.js';
import {
  LocalHashEmbeddings,
  localEmbedderDimensions,
  localEmbedderName,
} from '../embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../store/index-store.js';
import { openSqliteStore } from '../store/sqlite-store/open-sqlite-store.js';
import { createRetriever } from './create-retriever.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
let dataDir: string;
const opened: IndexStore[] = [];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'quorum-retriever-'));
});

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function open(create: boolean): IndexStore {
  const store = openSqliteStore({ dataDir, embedder, create });
  opened.push(store);
  return store;
}

describe('a retriever over an index another process writes to', () => {
  it('sees committees and acronyms ingested after it started, without a restart', async () => {
    const writer = open(true);
    await writer.putDocument(
      makeMinutes('first.md', { date: 'Tuesday 5 March 2024', items: [['Budget', 'The budget was noted.']] }).prepared,
      'first',
    );
    await writer.flush();
    const retriever = await createRetriever({ store: open(false), embeddings: new LocalHashEmbeddings() });
    const question = 'What did the Health Select Commission say about the ZCP?';
    const before = await retriever.analyze(question);
    expect(before.committee).toBeUndefined();
    expect(before.expansions).toEqual([]);
    const later = makeMinutes('later.md', {
      committee: 'HEALTH SELECT COMMISSION',
      date: 'Thursday 7 March 2024',
      items: [
        [
          'Special Educational Needs and Disabilities (SEND)',
          'Special Educational Needs and Disabilities (SEND) support rose.',
        ],
      ],
    });
    // The ingest mines the glossary from the text (mine-glossary.ts); here it comes with the rows.
    const glossary = [{ short: 'ZCP', long: 'Zebra Crossing Programme' }];
    await writer.putDocument({ ...later.prepared, glossary }, 'later');
    await writer.flush();
    const after = await retriever.analyze(question);
    expect(after.committee).toBe('Health Select Commission');
    expect(after.expansions.flatMap((expansion) => expansion.alternatives).join(' ')).toMatch(
      /zebra crossing programme/i,
    );
  });
});

describe('a day a question names without its year', () => {
  it('is the latest indexed meeting held on that day, and no date at all when none was', async () => {
    const writer = open(true);
    for (const [source, date] of [
      ['march-2024.md', 'Tuesday 5 March 2024'],
      ['march-2022.md', 'Saturday 5 March 2022'],
    ] as const) {
      await writer.putDocument(
        makeMinutes(source, { date, items: [['Budget', 'The budget was noted.']] }).prepared,
        source,
      );
    }
    await writer.flush();
    const retriever = await createRetriever({
      store: open(false),
      embeddings: new LocalHashEmbeddings(),
      now: () => new Date('2026-11-01T12:00:00Z'),
    });
    expect((await retriever.analyze('What was said about the budget on 5 March?')).dateRange).toEqual({
      since: '2024-03-05',
      until: '2024-03-05',
      anchor: '2024-03-05',
    });
    expect((await retriever.analyze('What was said about the budget on 6 March?')).dateRange).toBeUndefined();
    // Typed short, the month is the same month, and no topic word of the question.
    const typedShort = await retriever.analyze('What was said about the budget on 5 Mar?');
    expect(typedShort.dateRange?.anchor).toBe('2024-03-05');
    expect(typedShort.stems).not.toContain('mar');
  });
});

describe('a question asking what was decided', () => {
  it('reads the chunks after its passages for their Resolved blocks in one store call', async () => {
    const writer = open(true);
    const discussion = (topic: string) =>
      `Members discussed the ${topic} at length. The officer explained the ${topic} timetable, its costs and the consultation with residents.`;
    await writer.putDocument(
      makeMinutes('orchard.md', {
        date: 'Monday 3 June 2024',
        items: [
          ['Community orchard planting', discussion('community orchard planting')],
          ['Allotment waiting list', discussion('allotment waiting list')],
        ],
      }).prepared,
      'orchard',
    );
    await writer.flush();
    const reader = open(false);
    const reads = { getChunk: 0, getChunks: 0 };
    const counted: IndexStore = {
      ...reader,
      getChunk: (id) => {
        reads.getChunk += 1;
        return reader.getChunk(id);
      },
      getChunks: (ids) => {
        reads.getChunks += 1;
        return reader.getChunks(ids);
      },
    };
    const retriever = await createRetriever({ store: counted, embeddings: new LocalHashEmbeddings() });
    const passages = await retriever.retrieve({
      question: 'What did the panel decide on the community orchard planting?',
    });
    const resolved = passages.filter(({ chunk }) => chunk.section === 'Resolved');
    expect(resolved.length).toBeGreaterThan(0);
    expect(reads).toEqual({ getChunk: 0, getChunks: 1 });
  });
});

describe('a question naming a council and a kind of body only another council has', () => {
  it("keeps the body's word as a topic word, not another council's committee", async () => {
    const writer = open(true);
    const papers = [
      makePaper(
        'northbrook.md',
        [
          'NORTHBROOK DISTRICT COUNCIL',
          'Minutes of a meeting of the Cabinet held on Tuesday 5 March 2024',
          'Present:- Councillor Ashworth (in the Chair)',
          '1. LIBRARY OPENING HOURS',
          'Resolved:- That the library open on Sundays.',
        ].join('\n\n'),
      ),
      makePaper(
        'westmere.md',
        [
          'WESTMERE BOROUGH COUNCIL',
          'Minutes of a meeting of the Scrutiny Committee held on Thursday 7 March 2024',
          'Present:- Councillor Bellamy (in the Chair)',
          '1. CALL-IN',
          'The Committee reviewed the Cabinet decision to close the Dock Road depot.',
        ].join('\n\n'),
      ),
    ];
    for (const [index, paper] of papers.entries()) await writer.putDocument(paper.prepared, `paper-${index}`);
    await writer.flush();
    const retriever = await createRetriever({ store: open(false), embeddings: new LocalHashEmbeddings() });
    const { analysis } = await retriever.retrieveAnalyzed({
      question: 'Which Westmere cabinet decision was called in?',
    });
    expect(analysis.authority).toBe('Westmere Borough Council');
    expect(analysis.committee).toBeUndefined();
    expect(analysis.stems).toContain('cabinet');
  });
});
