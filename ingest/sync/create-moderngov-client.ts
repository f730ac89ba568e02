import { QuorumError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/logger.js';
import type { SiteFetcher, SiteResponse } from './create-site-fetcher.js';
import type { SiteCommittee, SiteMeeting, SiteMeetingDetail } from './moderngov-records.js';
import { readCommitteeList, readDocumentList, readMeetingList } from './read-html-pages.js';
import { readCommittees, readMeetingDetail, readMeetings, readServiceXml, toSiteDate } from './read-web-service-xml.js';

/** How the site is read: its web service by GET or SOAP 1.1, or its public HTML pages when the service is off. */
export type SiteProtocol = 'get' | 'soap' | 'html';

export interface ModernGovClient {
  /** Decided by the first call: the first of GET, SOAP and HTML that the site answers. */
  readonly protocol: SiteProtocol | undefined;
  listCommittees(): Promise<SiteCommittee[]>;
  /** Meetings between two ISO dates inclusive; the range is applied here too, as some sites ignore it. */
  listMeetings(committee: SiteCommittee, from: string, to: string): Promise<SiteMeeting[]>;
  getMeeting(committee: SiteCommittee, meeting: SiteMeeting): Promise<SiteMeetingDetail>;
}

const soapNamespace = 'http://moderngov.co.uk/namespaces';

/** A reader of one ModernGov site (`https://democracy.example.gov.uk`). */
export function createModernGovClient(options: {
  site: string;
  fetcher: SiteFetcher;
  logger: Logger;
  /** Skips the detection, e.g. to force the HTML pages. */
  protocol?: SiteProtocol;
}): ModernGovClient {
  const site = options.site.replace(/\/+$/, '');
  const { fetcher, logger } = options;
  let protocol = options.protocol;

  async function callService(
    via: 'get' | 'soap',
    operation: string,
    parameters: Record<string, string>,
  ): Promise<SiteResponse> {
    if (via === 'get') {
      const query = new URLSearchParams(parameters).toString();
      return fetcher.request(`${site}/mgWebService.asmx/${operation}${query ? `?${query}` : ''}`);
    }
    const fields = Object.entries(parameters)
      .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
      .join('');
    const body = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><${operation} xmlns="${soapNamespace}">${fields}</${operation}></soap:Body></soap:Envelope>`;
    return fetcher.request(`${site}/mgWebService.asmx`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${soapNamespace}/${operation}"` },
      body,
    });
  }

  async function service(operation: string, parameters: Record<string, string>): Promise<Record<string, unknown>> {
    if (protocol !== 'get' && protocol !== 'soap') throw new Error('the web service is not in use');
    const response = await callService(protocol, operation, parameters);
    if (response.status !== 200) {
      throw new QuorumError('site_unreachable', `${response.url}: HTTP ${response.status} from ${operation}`);
    }
    return readServiceXml(response.body.toString('utf8'), operation);
  }

  async function page(path: string): Promise<{ html: string; url: string }> {
    const url = `${site}/${path}`;
    const response = await fetcher.request(url);
    if (response.status !== 200) throw new QuorumError('site_unreachable', `${url}: HTTP ${response.status}`);
    return { html: response.body.toString('utf8'), url: response.url };
  }

  /** Finds the first protocol the site answers, with the committee list it answered. */
  async function detect(): Promise<SiteCommittee[]> {
    for (const via of ['get', 'soap'] as const) {
      const response = await callService(via, 'GetCommittees', {});
      if (response.status !== 200) {
        logger.info({ site, protocol: via, status: response.status }, 'web service not available this way');
        continue;
      }
      try {
        const committees = readCommittees(readServiceXml(response.body.toString('utf8'), 'GetCommittees'));
        protocol = via;
        return committees;
      } catch (error) {
        // A 200 that is not the service's XML (a "page not found" page) means the service is off.
        logger.info({ site, protocol: via, err: error }, 'web service answered with something else');
      }
    }
    protocol = 'html';
    logger.warn({ site }, 'the web service is switched off: reading the public HTML pages');
    return readCommitteeList((await page('mgListCommittees.aspx')).html);
  }

  return {
    get protocol() {
      return protocol;
    },
    async listCommittees() {
      if (protocol === undefined) return detect();
      if (protocol === 'html') return readCommitteeList((await page('mgListCommittees.aspx')).html);
      return readCommittees(await service('GetCommittees', {}));
    },
    async listMeetings(committee, from, to) {
      const meetings =
        protocol === 'html'
          ? readMeetingList((await page(`ieListMeetings.aspx?CId=${committee.id}&Year=0`)).html)
          : readMeetings(
              await service('GetMeetings', {
                lCommitteeId: committee.id,
                sFromDate: toSiteDate(from),
                sToDate: toSiteDate(to),
              }),
            );
      return meetings.filter((meeting) => meeting.date >= from && meeting.date <= to);
    },
    async getMeeting(committee, meeting) {
      if (protocol === 'html') {
        const { html, url } = await page(`ieListDocuments.aspx?CId=${committee.id}&MId=${meeting.id}`);
        return { ...meeting, documents: readDocumentList(html, url) };
      }
      const detail = readMeetingDetail(await service('GetMeeting', { lMeetingId: meeting.id }));
      // The listing's status is the one that says "Cancelled"; the detail does not always repeat it.
      return { ...detail, cancelled: detail.cancelled || meeting.cancelled };
    },
  };
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
