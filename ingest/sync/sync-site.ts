import { createHash } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isQuorumError, QuorumError } from '../../src/core/errors.js';
import type { PaperMetadata } from '../../src/core/paper.js';
import { type IngestOptions, type IngestSummary, ingestPaths, sourceName } from '../pipeline/ingest-paths.js';
import { createModernGovClient, type ModernGovClient, type SiteProtocol } from './create-moderngov-client.js';
import {
  createSiteFetcher,
  defaultFetcherOptions,
  type SiteFetcherOptions,
  type SiteResponse,
} from './create-site-fetcher.js';
import type { SiteCommittee, SiteDocument, SiteMeeting } from './moderngov-records.js';
import { createSyncStateWriter, readSyncState, type SyncedPaper } from './sync-state.js';

export const quorumUserAgent = 'Quorum/0.1 (committee papers assistant run by the council; polite sync)';

export interface SyncRequest {
  /** The site's root, e.g. https://democracy.example.gov.uk */
  site: string;
  /** Committee titles to follow (any case); every active committee when absent. */
  committees?: string[];
  /** Inclusive ISO dates of the meetings to sync. */
  since: string;
  until: string;
  /** Where papers and the sync state are kept: `<cacheDir>/<host>/`. */
  cacheDir: string;
  /** How the index is written: the same options `npm run ingest` uses. */
  ingest: Omit<IngestOptions, 'paths' | 'metadata' | 'prune' | 'onProgress'>;
  fetcher?: Partial<Omit<SiteFetcherOptions, 'userAgent'>>;
  protocol?: SiteProtocol;
  onProgress?: (event: { done: number; total: number; title: string }) => void;
}

export interface SyncedDocument {
  url: string;
  title: string;
  committee: string;
  meetingDate: string;
}

export interface SyncSummary {
  site: string;
  protocol: SiteProtocol | undefined;
  committees: string[];
  /** Meetings in range, cancelled ones included. */
  meetings: number;
  cancelled: number;
  papers: {
    new: SyncedDocument[];
    changed: SyncedDocument[];
    unchanged: SyncedDocument[];
    restricted: SyncedDocument[];
    failed: (SyncedDocument & { reason: string })[];
  };
  /** Document bodies transferred (a 304 transfers none). */
  downloads: number;
  /** HTTP attempts made, retries included. */
  requests: number;
  ingest?: IngestSummary;
  seconds: number;
}

interface Paper extends SyncedDocument {
  document: SiteDocument;
  committeeTitle: string;
  meeting: SiteMeeting;
}

/**
 * Follows a council's ModernGov site: lists the committees' meetings in range, fetches each public
 * paper that is new or changed (conditional requests, then its hash), caches it and ingests it through
 * the ingest pipeline with the site's metadata. Restricted papers are never fetched, cancelled meetings
 * skipped. The state is saved after each paper, so an interrupted sync resumes where it stopped.
 */
export async function syncSite(request: SyncRequest): Promise<SyncSummary> {
  const started = performance.now();
  const site = normaliseSite(request.site);
  const folder = join(request.cacheDir, new URL(site).host);
  const statePath = join(folder, 'sync-state.json');
  const state = await readSyncState(statePath);
  const writer = createSyncStateWriter(statePath, state);
  const logger = request.ingest.logger;
  const fetcher = createSiteFetcher({ ...defaultFetcherOptions, ...request.fetcher, userAgent: quorumUserAgent });
  const client = createModernGovClient({ site, fetcher, logger, protocol: request.protocol });
  const committees = chooseCommittees(await client.listCommittees(), request.committees);
  const summary: SyncSummary = {
    site,
    protocol: undefined,
    committees: committees.map((committee) => committee.title),
    meetings: 0,
    cancelled: 0,
    papers: { new: [], changed: [], unchanged: [], restricted: [], failed: [] },
    downloads: 0,
    requests: 0,
    seconds: 0,
  };

  const papers = await listPapers(client, committees, request, summary);
  let done = 0;
  const fetched = await Promise.all(
    papers.map(async (paper) => {
      const outcome = await fetchPaper(paper);
      request.onProgress?.({ done: ++done, total: papers.length, title: paper.title });
      return { paper, outcome };
    }),
  );
  for (const { paper, outcome } of fetched) {
    const record: SyncedDocument = pick(paper);
    if (outcome.kind === 'failed') summary.papers.failed.push({ ...record, reason: outcome.reason });
    else summary.papers[outcome.kind].push(record);
  }

  await ingestPending(fetched.flatMap(({ paper, outcome }) => (outcome.kind === 'failed' ? [] : [paper])));
  summary.protocol = client.protocol;
  summary.requests = fetcher.attempts;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;

  async function fetchPaper(
    paper: Paper,
  ): Promise<{ kind: 'new' | 'changed' | 'unchanged' } | { kind: 'failed'; reason: string }> {
    const known = state.papers[paper.url];
    const cached = known !== undefined && (await exists(known.file));
    const headers: Record<string, string> = {};
    if (cached && known.etag) headers['if-none-match'] = known.etag;
    if (cached && known.lastModified) headers['if-modified-since'] = known.lastModified;
    let response: SiteResponse;
    try {
      response = await fetcher.request(paper.url, { headers, check: checkDocument });
    } catch (error) {
      if (!isQuorumError(error)) throw error;
      return { kind: 'failed', reason: error.message };
    }
    if (response.status === 304 && cached) return { kind: 'unchanged' };
    if (response.status !== 200) return { kind: 'failed', reason: `${paper.url}: HTTP ${response.status}` };
    summary.downloads += 1;
    const format = documentFormat(response);
    if (!format) {
      const type = response.headers.get('content-type') ?? 'no content type';
      return { kind: 'failed', reason: `${paper.url}: not a PDF, a Word document or an HTML page (${type})` };
    }
    const sha256 = createHash('sha256').update(response.body).digest('hex');
    const validators = {
      ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
      ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
    };
    if (cached && known.sha256 === sha256) {
      state.papers[paper.url] = { ...known, ...validators };
      await writer.save();
      return { kind: 'unchanged' };
    }
    const file = join(folder, 'papers', `${fileStem(paper)}.${format}`);
    await mkdir(join(folder, 'papers'), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, response.body);
    await rename(temporary, file);
    const entry: SyncedPaper = { file, sha256, ...validators };
    if (known?.ingestedSha256 !== undefined) entry.ingestedSha256 = known.ingestedSha256;
    state.papers[paper.url] = entry;
    await writer.save();
    return { kind: known ? 'changed' : 'new' };
  }

  /** Ingests every paper of this run whose cached copy is not yet the indexed one, with the site's metadata. */
  async function ingestPending(current: Paper[]): Promise<void> {
    const pending = current.filter((paper) => {
      const entry = state.papers[paper.url];
      return entry !== undefined && entry.ingestedSha256 !== entry.sha256;
    });
    if (pending.length === 0) return;
    const metadata = new Map<string, PaperMetadata>();
    const byFile = new Map<string, Paper>();
    for (const paper of pending) {
      const file = state.papers[paper.url]!.file;
      byFile.set(sourceName(file), paper);
      metadata.set(file, {
        url: paper.url,
        committee: paper.committeeTitle,
        meetingDate: paper.meeting.date,
        meetingId: paper.meeting.id,
        title: paper.title,
        ...(paper.document.agendaItem ? { agendaItem: paper.document.agendaItem } : {}),
      });
    }
    const ingested = await ingestPaths({ ...request.ingest, paths: [...metadata.keys()], metadata });
    summary.ingest = ingested;
    for (const source of [...ingested.added, ...ingested.updated, ...ingested.unchanged]) {
      const paper = byFile.get(source);
      const entry = paper && state.papers[paper.url];
      if (entry) entry.ingestedSha256 = entry.sha256;
    }
    for (const failure of ingested.failed) {
      const paper = byFile.get(failure.source);
      if (!paper) continue;
      for (const kind of ['new', 'changed', 'unchanged'] as const) {
        summary.papers[kind] = summary.papers[kind].filter((record) => record.url !== paper.url);
      }
      summary.papers.failed.push({ ...pick(paper), reason: failure.message });
    }
    await writer.save();
  }
}

async function listPapers(
  client: ModernGovClient,
  committees: SiteCommittee[],
  request: SyncRequest,
  summary: SyncSummary,
): Promise<Paper[]> {
  const meetings = (
    await Promise.all(
      committees.map(async (committee) =>
        (await client.listMeetings(committee, request.since, request.until)).map((meeting) => ({ committee, meeting })),
      ),
    )
  ).flat();
  summary.meetings = meetings.length;
  const open = meetings.filter(({ meeting }) => !meeting.cancelled);
  summary.cancelled = meetings.length - open.length;
  const details = await Promise.all(
    open.map(async ({ committee, meeting }) => ({ committee, detail: await client.getMeeting(committee, meeting) })),
  );
  const seen = new Set<string>();
  const papers: Paper[] = [];
  for (const { committee, detail } of details) {
    if (detail.cancelled) {
      summary.cancelled += 1;
      continue;
    }
    for (const document of detail.documents) {
      const url = normaliseDocumentUrl(document.url, request.site);
      // The same paper is often linked from two agenda items (and a pack from every item).
      if (seen.has(url)) continue;
      seen.add(url);
      const paper: Paper = {
        url,
        title: document.title,
        committee: committee.title,
        meetingDate: detail.date,
        document,
        committeeTitle: committee.title,
        meeting: detail,
      };
      if (document.restricted) summary.papers.restricted.push(pick(paper));
      else papers.push(paper);
    }
  }
  return papers;
}

function chooseCommittees(available: SiteCommittee[], wanted: string[] | undefined): SiteCommittee[] {
  const active = available.filter((committee) => committee.active);
  if (!wanted || wanted.length === 0) return active;
  return wanted.map((name) => {
    const found = available.find((committee) => committee.title.toLowerCase() === name.trim().toLowerCase());
    if (!found) {
      const names = active.map((committee) => committee.title).join(', ');
      throw new QuorumError('not_found', `No committee "${name}" on the site; it lists: ${names || 'none'}`);
    }
    return found;
  });
}

/** A PDF or a .docx must be whole: cut off in transit, it would parse to half a paper or not at all. */
function checkDocument(response: SiteResponse): string | undefined {
  const { body } = response;
  if (isPdf(body)) {
    return body.subarray(Math.max(0, body.length - 2048)).includes('%%EOF')
      ? undefined
      : `${response.url}: the PDF arrived cut off (${body.length} bytes, no end-of-file marker)`;
  }
  if (isZip(body)) {
    return hasZipDirectory(body)
      ? undefined
      : `${response.url}: the Word document arrived cut off (${body.length} bytes, no zip directory at the end)`;
  }
  return undefined;
}

/** The extension the downloaded paper is saved with: the ingest chooses its reader by it. */
function documentFormat(response: SiteResponse): 'pdf' | 'docx' | 'html' | undefined {
  if (isPdf(response.body)) return 'pdf';
  // A .docx is a zip package holding word/document.xml; its entry names are stored as plain bytes.
  if (isZip(response.body) && response.body.includes('word/')) return 'docx';
  return /text\/html/i.test(response.headers.get('content-type') ?? '') ? 'html' : undefined;
}

function isZip(body: Buffer): boolean {
  return body.subarray(0, 4).equals(zipSignature);
}

const zipSignature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const zipDirectoryEnd = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
// The end-of-directory record is 22 bytes plus a comment of at most 65,535 bytes.
const zipDirectoryEndReach = 22 + 0xffff;

function hasZipDirectory(body: Buffer): boolean {
  return body.subarray(Math.max(0, body.length - zipDirectoryEndReach)).includes(zipDirectoryEnd);
}

function isPdf(body: Buffer): boolean {
  return body.subarray(0, 1024).includes('%PDF-');
}

function fileStem(paper: Paper): string {
  const id = paper.document.attachmentId ?? createHash('sha256').update(paper.url).digest('hex').slice(0, 12);
  return `${paper.meeting.id}-${id}`.replace(/[^\w.-]/g, '_');
}

function normaliseSite(site: string): string {
  let url: URL;
  try {
    url = new URL(site);
  } catch (error) {
    throw new QuorumError(
      'config_invalid',
      `Not a site URL: "${site}" (expected e.g. https://democracy.example.gov.uk)`,
      {
        cause: error,
      },
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new QuorumError('config_invalid', `Not a web site: "${site}"`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Hosts arrive in mixed case (`Democracy.Example.gov.uk`) and links relative: one spelling per document. */
function normaliseDocumentUrl(url: string, site: string): string {
  return new URL(url, `${normaliseSite(site)}/`).toString();
}

function pick(paper: Paper): SyncedDocument {
  return { url: paper.url, title: paper.title, committee: paper.committee, meetingDate: paper.meetingDate };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
