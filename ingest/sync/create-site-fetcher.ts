import { setTimeout as sleep } from 'node:timers/promises';
import pLimit from 'p-limit';
import { QuorumError } from '../../src/core/errors.js';

export interface SiteFetcherOptions {
  /** Names Quorum to the council's web team, so they know whom to ask before blocking it. */
  userAgent: string;
  /** Requests in flight at once to the site. */
  concurrency: number;
  /** Pause after each request before its slot takes the next one. */
  delayMs: number;
  /** Limit on one attempt, headers and body together: self-hosted ModernGov sites can take a minute. */
  timeoutMs: number;
  /** Attempts after the first, on 429, 5xx, network errors and timeouts. */
  retries: number;
  /** First backoff; doubled on each retry unless the site says (Retry-After) how long to wait. */
  backoffMs: number;
  /** The longest Retry-After honoured; beyond it the request fails rather than stall the sync. */
  maxRetryAfterMs: number;
}

export const defaultFetcherOptions: Omit<SiteFetcherOptions, 'userAgent'> = {
  concurrency: 2,
  delayMs: 200,
  timeoutMs: 60_000,
  retries: 4,
  backoffMs: 1_000,
  maxRetryAfterMs: 120_000,
};

export interface SiteRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** A complete body that is still wrong (a cut-off PDF): its reason makes the attempt a failure to retry. */
  check?: (response: SiteResponse) => string | undefined;
}

export interface SiteResponse {
  url: string;
  status: number;
  headers: Headers;
  body: Buffer;
}

export interface SiteFetcher {
  request(url: string, request?: SiteRequest): Promise<SiteResponse>;
  /** Attempts made, retries included: what the sync cost the site. */
  readonly attempts: number;
}

/**
 * A polite HTTP client for one council site: one User-Agent, at most `concurrency` requests at a time
 * with a pause between them, a timeout on each attempt and retries with backoff on 429, 5xx and
 * network failures. Any other status is returned to the caller; a request that never succeeds throws
 * `site_unreachable` naming the URL and the last reason.
 */
export function createSiteFetcher(options: SiteFetcherOptions): SiteFetcher {
  const limit = pLimit(options.concurrency);
  let attempts = 0;

  async function attempt(url: string, request: SiteRequest): Promise<SiteResponse> {
    attempts += 1;
    const response = await fetch(url, {
      method: request.method ?? 'GET',
      headers: { 'user-agent': options.userAgent, ...request.headers },
      body: request.body,
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    // Reading the body inside the same timeout catches a site that stalls mid-download.
    const body = Buffer.from(await response.arrayBuffer());
    return { url: response.url || url, status: response.status, headers: response.headers, body };
  }

  async function request(url: string, request: SiteRequest = {}): Promise<SiteResponse> {
    let lastReason = '';
    for (let tries = 0; tries <= options.retries; tries++) {
      let wait = options.backoffMs * 2 ** tries;
      const outcome = await limit(async () => {
        try {
          return await attempt(url, request);
        } catch (error) {
          return error instanceof Error ? error : new Error(String(error));
        } finally {
          await sleep(options.delayMs);
        }
      });
      if (outcome instanceof Error) {
        lastReason = describeNetworkError(outcome, options.timeoutMs);
      } else if (isRetryableStatus(outcome)) {
        lastReason = `HTTP ${outcome.status}`;
        const retryAfter = readRetryAfter(outcome.headers.get('retry-after'));
        if (retryAfter !== undefined) {
          if (retryAfter > options.maxRetryAfterMs) {
            throw new QuorumError(
              'site_unreachable',
              `${url}: the site asks to wait ${Math.round(retryAfter / 1000)} s (Retry-After); try again later`,
            );
          }
          wait = retryAfter;
        }
      } else {
        const problem = outcome.status === 200 ? request.check?.(outcome) : undefined;
        if (problem === undefined) return outcome;
        lastReason = problem;
      }
      if (tries < options.retries) await sleep(wait);
    }
    throw new QuorumError(
      'site_unreachable',
      `${url}: ${lastReason} after ${options.retries + 1} attempt${options.retries === 0 ? '' : 's'}`,
    );
  }

  return {
    request,
    get attempts() {
      return attempts;
    },
  };
}

function isRetryableStatus(response: SiteResponse): boolean {
  if (response.status === 429) return true;
  if (response.status < 500) return false;
  // ASP.NET's answer to a protocol the site has switched off: permanent, and the client's cue to try another.
  return !response.body.toString('utf8', 0, 4096).includes('Request format is unrecognized');
}

/** Retry-After in milliseconds, from seconds or an HTTP date. */
function readRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function describeNetworkError(error: Error, timeoutMs: number): string {
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message;
  return detail ? `${error.message} (${detail})` : error.message;
}
