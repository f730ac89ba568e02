import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import PDFDocument from 'pdfkit';

// A stand-in ModernGov site on 127.0.0.1: the web service (mgWebService.asmx, by GET and SOAP 1.1) in
// the response shapes real sites send (dd/mm/yyyy dates, True/False, padded counts, whitespace in
// empty elements, titles escaped twice), mgConvert2PDF.aspx serving PDFs written by pdfkit, Word
// documents served as published (documents/s…/Name.docx), and the public HTML pages (mgListCommittees,
// ieListMeetings, ieListDocuments) sites fall back on.

export interface StubDocument {
  id: string;
  title: string;
  /** Each string is one PDF page; the text is laid out line by line. */
  pages: string[];
  /** A Word .docx published as it is instead of a PDF: served from documents/s<id>/<id>.docx. */
  word?: Buffer;
  restricted?: boolean;
}

export interface StubAgendaItem {
  number: string;
  title: string;
  documents: StubDocument[];
}

export interface StubMeeting {
  id: string;
  /** ISO date. */
  date: string;
  status?: 'Confirmed' | 'Cancelled';
  items: StubAgendaItem[];
}

export interface StubCommittee {
  id: string;
  title: string;
  expired?: boolean;
  meetings: StubMeeting[];
}

/** What the site does to the next requests of a path (path and query, e.g. `/mgConvert2PDF.aspx?ID=7`). */
export type StubFault = { status: 500 } | { status: 429; retryAfterSeconds: number } | 'timeout' | 'truncate';

export interface StubRequest {
  method: string;
  path: string;
  status: number;
  soapAction?: string;
  userAgent?: string;
}

export interface ModernGovSite {
  url: string;
  requests: StubRequest[];
  /** Requests for documents answered with a body (200), as `ID`s. */
  downloads(): string[];
  /** Queues faults for a path, served in order before it answers normally. */
  fail(path: string, ...faults: StubFault[]): void;
  /** Replaces a document's pages: the same URL then serves new content (and a new ETag). */
  changeDocument(id: string, pages: string[]): void;
  close(): Promise<void>;
}

export interface ModernGovSiteOptions {
  committees: StubCommittee[];
  /** 'get': GET and SOAP both answer (the default); 'soap': GET is switched off; 'html': no web service. */
  service?: 'get' | 'soap' | 'html';
}

export async function startModernGovSite(options: ModernGovSiteOptions): Promise<ModernGovSite> {
  const service = options.service ?? 'get';
  const requests: StubRequest[] = [];
  const faults = new Map<string, StubFault[]>();
  const pdfCache = new Map<string, Buffer>();
  const documents = new Map<string, { document: StubDocument; committee: StubCommittee; meeting: StubMeeting }>();
  for (const committee of options.committees)
    for (const meeting of committee.meetings)
      for (const item of meeting.items)
        for (const document of item.documents) documents.set(document.id, { document, committee, meeting });

  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://stub');
    const record: StubRequest = { method: request.method ?? 'GET', path: `${url.pathname}${url.search}`, status: 0 };
    if (request.headers['user-agent']) record.userAgent = request.headers['user-agent'];
    const soapAction = request.headers.soapaction;
    if (typeof soapAction === 'string') record.soapAction = soapAction;
    requests.push(record);
    const queued = faults.get(record.path);
    const fault = queued?.shift();
    if (fault === 'timeout') {
      record.status = -1;
      return; // never answers: the client's timeout must end it
    }
    if (fault !== undefined && fault !== 'truncate') {
      record.status = fault.status;
      const headers: Record<string, string> = { 'content-type': 'text/html' };
      if (fault.status === 429) headers['retry-after'] = String(fault.retryAfterSeconds);
      response.writeHead(fault.status, headers).end('<html><body>Server busy</body></html>');
      return;
    }
    const answer = await route(request.method ?? 'GET', url, body, request.headers);
    record.status = answer.status;
    if (answer.status === 200 && answer.etag && request.headers['if-none-match'] === answer.etag) {
      record.status = 304;
      response.writeHead(304, { etag: answer.etag }).end();
      return;
    }
    const headers: Record<string, string | number> = { 'content-type': answer.type };
    if (answer.etag) headers.etag = answer.etag;
    if (fault === 'truncate') {
      // Promises the whole length, sends a third and hangs up: what a dropped connection looks like.
      response.writeHead(200, { ...headers, 'content-length': answer.body.length });
      response.write(answer.body.subarray(0, Math.floor(answer.body.length / 3)));
      response.destroy();
      return;
    }
    response.writeHead(answer.status, headers).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function route(
    method: string,
    url: URL,
    body: string,
    headers: IncomingMessage['headers'],
  ): Promise<{ status: number; type: string; body: Buffer; etag?: string }> {
    const xml = (text: string) => ({ status: 200, type: 'text/xml; charset=utf-8', body: Buffer.from(text) });
    const html = (text: string) => ({ status: 200, type: 'text/html; charset=utf-8', body: Buffer.from(text) });
    const path = url.pathname.toLowerCase();
    if (path.startsWith('/mgwebservice.asmx')) {
      if (service === 'html') return { status: 404, type: 'text/html', body: Buffer.from('<h1>Not Found</h1>') };
      if (method === 'GET') {
        if (service === 'soap') {
          return {
            status: 500,
            type: 'text/plain',
            body: Buffer.from(`Request format is unrecognized for URL unexpectedly ending in '${url.pathname}'.`),
          };
        }
        const operation = url.pathname.split('/').at(-1) ?? '';
        return xml(`<?xml version="1.0" encoding="utf-8"?>\n${operationXml(operation, url.searchParams)}`);
      }
      const action = String(headers.soapaction ?? '').replace(/"/g, '');
      const operation = action.split('/').at(-1) ?? '';
      const parameters = new URLSearchParams();
      for (const match of body.matchAll(/<(\w+)>([^<]*)<\/\1>/g)) parameters.set(match[1]!, match[2]!);
      return xml(
        `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><${operation}Response xmlns="http://moderngov.co.uk/namespaces"><${operation}Result>${operationXml(operation, parameters)}</${operation}Result></${operation}Response></soap:Body></soap:Envelope>`,
      );
    }
    const wordPath = /^\/documents\/s(\d+)\/\d+\.docx$/.exec(path);
    if (wordPath) {
      const word = documents.get(wordPath[1]!)?.document.word;
      if (!word) return { status: 404, type: 'text/html', body: Buffer.from('Not found') };
      return { status: 200, type: wordType, body: word, etag: `"${sha(word).slice(0, 16)}"` };
    }
    if (path === '/mgconvert2pdf.aspx') {
      const found = documents.get(url.searchParams.get('ID') ?? '');
      if (!found) return { status: 404, type: 'text/html', body: Buffer.from('Not found') };
      const pdf = await pdfOf(found.document);
      return { status: 200, type: 'application/pdf', body: pdf, etag: `"${sha(pdf).slice(0, 16)}"` };
    }
    if (service !== 'html') return { status: 404, type: 'text/html', body: Buffer.from('Not found') };
    if (path === '/mglistcommittees.aspx') {
      const links = options.committees
        .filter((committee) => !committee.expired)
        .map((committee) => `<li><a href="mgCommitteeDetails.aspx?ID=${committee.id}">${committee.title}</a></li>`);
      return html(`<html><body><ul class="mgBulletList">${links.join('')}</ul></body></html>`);
    }
    if (path === '/ielistmeetings.aspx') {
      const committee = options.committees.find((candidate) => candidate.id === url.searchParams.get('CId'));
      const items = (committee?.meetings ?? []).map(
        (meeting) =>
          `<li><a href="ieListDocuments.aspx?CId=${committee!.id}&amp;MId=${meeting.id}&amp;Ver=4">${writtenDate(meeting.date)} 10.00 am</a>${meeting.status === 'Cancelled' ? ' CANCELLED' : ''}</li>`,
      );
      return html(`<html><body><ul class="mgCalendarMeetingList">${items.join('')}</ul></body></html>`);
    }
    if (path === '/ielistdocuments.aspx') {
      const meeting = options.committees
        .flatMap((committee) => committee.meetings)
        .find((candidate) => candidate.id === url.searchParams.get('MId'));
      const rows = (meeting?.items ?? []).map((item) => {
        const links = item.documents.map((document) =>
          document.restricted
            ? `<li>Restricted enclosure</li>`
            : `<li><a href="${documentPath(document)}">${document.title} ${document.word ? 'DOCX' : 'PDF'} 120 KB</a></li>`,
        );
        return `<tr><td class="mgItemNumberCell">${item.number}.</td><td><p>${item.title}</p><ul>${links.join('')}</ul></td></tr>`;
      });
      return html(`<html><body><table class="mgItemTable">${rows.join('')}</table></body></html>`);
    }
    return { status: 404, type: 'text/html', body: Buffer.from('Not found') };
  }

  function operationXml(operation: string, parameters: URLSearchParams): string {
    if (operation === 'GetCommittees') {
      const committees = options.committees.map(
        (committee) =>
          `<committee>\n    <committeeid>${committee.id}</committeeid>\n    <committeetitle>${escapeTwice(committee.title)}</committeetitle>\n    <committeedeleted>False</committeedeleted>\n    <committeeexpired>${committee.expired ? 'True' : 'False'}</committeeexpired>\n    <committeecategory>\n    </committeecategory>\n  </committee>`,
      );
      return `<committees>\n  <committeescount> ${committees.length}</committeescount>\n  ${committees.join('\n  ')}\n</committees>`;
    }
    if (operation === 'GetMeetings') {
      const committee = options.committees.find((candidate) => candidate.id === parameters.get('lCommitteeId'));
      // Like some real sites, every meeting is returned whatever the range: the client filters too.
      const meetings = (committee?.meetings ?? []).map(
        (meeting) =>
          `<meeting>\n        <meetingid>${meeting.id}</meetingid>\n        <meetingdate>${siteDate(meeting.date)}</meetingdate>\n        <meetingstatus>${meeting.status ?? 'Confirmed'}</meetingstatus>\n        <meetingtime>10.00 am</meetingtime>\n        <iswebcast>False</iswebcast>\n      </meeting>`,
      );
      return `<getmeetings>\n  <meetingscount> ${meetings.length}</meetingscount>\n  <committeescount> 1</committeescount>\n  <committee>\n    <committeeid>${committee?.id ?? ''}</committeeid>\n    <committeetitle>${escapeTwice(committee?.title ?? '')}</committeetitle>\n    <committeemeetingcount> ${meetings.length}</committeemeetingcount>\n    <committeemeetings>\n      ${meetings.join('\n      ')}\n    </committeemeetings>\n  </committee>\n</getmeetings>`;
    }
    if (operation === 'GetMeeting') {
      const committee = options.committees.find((candidate) =>
        candidate.meetings.some((meeting) => meeting.id === parameters.get('lMeetingId')),
      );
      const meeting = committee?.meetings.find((candidate) => candidate.id === parameters.get('lMeetingId'));
      if (!committee || !meeting) return '<meeting>\n</meeting>';
      const items = meeting.items.map((item) => {
        const linked = item.documents.map(
          (document) =>
            `<linkeddoc>\n            <attachmentid>${document.id}</attachmentid>\n            <title>${escapeTwice(document.title)}</title>\n            <isurl>False</isurl>\n            <url>${base.replace('http://', 'HTTP://')}/${documentPath(document)}</url>\n            <isrestricted>${document.restricted ? 'True' : 'False'}</isrestricted>\n            <restrictionsRef>\n            </restrictionsRef>\n            <meetingdate>${siteDate(meeting.date)}</meetingdate>\n            <committeetitle>${escapeTwice(committee.title)}</committeetitle>\n          </linkeddoc>`,
        );
        return `<agendaitem>\n      <agendaitemid>${meeting.id}${item.number}</agendaitemid>\n      <agendaitemtitle>${escapeTwice(item.title)}</agendaitemtitle>\n      <agendaitemnumber>${item.number}</agendaitemnumber>\n      <fulldisplaynumberformat>${item.number}.</fulldisplaynumberformat>\n      <isrestricted>False</isrestricted>\n      <linkeddocuments>\n          ${linked.join('\n          ')}\n      </linkeddocuments>\n    </agendaitem>`;
      });
      return `<meeting>\n  <meetingid>${meeting.id}</meetingid>\n  <meetingdate>${siteDate(meeting.date)}</meetingdate>\n  <meetingstatus>${meeting.status ?? 'Confirmed'}</meetingstatus>\n  <meetingactualstarttime>\n  </meetingactualstarttime>\n  <agendaitems>\n    ${items.join('\n    ')}\n  </agendaitems>\n</meeting>`;
    }
    return '<error>Unknown operation</error>';
  }

  async function pdfOf(document: StubDocument): Promise<Buffer> {
    const key = JSON.stringify(document.pages);
    const cached = pdfCache.get(key);
    if (cached) return cached;
    const pdf = await writePdf(document.title, document.pages);
    pdfCache.set(key, pdf);
    return pdf;
  }

  return {
    url: base,
    requests,
    downloads: () =>
      requests
        .filter((request) => /mgConvert2PDF|\/documents\//i.test(request.path) && request.status === 200)
        .map((request) => {
          const url = new URL(request.path, base);
          return url.searchParams.get('ID') ?? /\/documents\/s(\d+)\//.exec(url.pathname)?.[1] ?? '';
        }),
    fail(path, ...queued) {
      faults.set(path, [...(faults.get(path) ?? []), ...queued]);
    },
    changeDocument(id, pages) {
      const found = documents.get(id);
      if (!found) throw new Error(`no document ${id}`);
      found.document.pages = pages;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const wordType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function documentPath(document: StubDocument): string {
  return document.word ? `documents/s${document.id}/${document.id}.docx` : `mgConvert2PDF.aspx?ID=${document.id}`;
}

/** A PDF of the given pages, written by pdfkit with a fixed date so the same pages give the same bytes. */
export function writePdf(title: string, pages: string[]): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A4',
    margin: 56,
    autoFirstPage: false,
    info: { Title: title, CreationDate: new Date('2025-01-01T00:00:00Z') },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  for (const page of pages) {
    document.addPage();
    document.font('Helvetica').fontSize(11);
    for (const paragraph of page.split('\n\n')) document.text(paragraph).moveDown();
  }
  document.end();
  return finished;
}

function siteDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function writtenDate(iso: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${months[month - 1]} ${year}`;
}

/** As real sites send titles: escaped for HTML, then again for XML (`Leader's` → `Leader&amp;#39;s`). */
function escapeTwice(text: string): string {
  const html = text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function sha(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
