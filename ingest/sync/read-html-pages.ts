import { parse as parseHtml } from 'node-html-parser';
import { monthNames, toIso } from '../../src/core/dates.js';
import type { SiteCommittee, SiteDocument, SiteMeeting } from './moderngov-records.js';

// The public pages a ModernGov site serves when its web service is switched off. Only the links
// matter: their targets carry the ids, their text the titles and dates.

/** mgListCommittees.aspx: each committee links to mgCommitteeDetails.aspx?ID=…; every one listed is current. */
export function readCommitteeList(html: string): SiteCommittee[] {
  const committees = new Map<string, SiteCommittee>();
  for (const link of parseHtml(html).querySelectorAll('a[href]')) {
    const id = /mgCommitteeDetails\.aspx\?(?:[^"]*&)?ID=(\d+)/i.exec(link.getAttribute('href') ?? '')?.[1];
    const title = link.textContent.replace(/\s+/g, ' ').trim();
    if (id && title && !committees.has(id)) committees.set(id, { id, title, active: true });
  }
  return [...committees.values()];
}

/** ieListMeetings.aspx?CId=…: each meeting links to ieListDocuments.aspx?CId=…&MId=…, its date in the link text. */
export function readMeetingList(html: string): SiteMeeting[] {
  const meetings = new Map<string, SiteMeeting>();
  for (const link of parseHtml(html).querySelectorAll('a[href]')) {
    const id = /ieListDocuments\.aspx\?[^"]*\bMId=(\d+)/i.exec(link.getAttribute('href') ?? '')?.[1];
    // The list item holds the link and, for a cancelled meeting, the word that says so.
    const context = (link.closest('li') ?? link.parentNode ?? link).textContent.replace(/\s+/g, ' ');
    const date = readWrittenDate(link.textContent);
    if (id && date && !meetings.has(id)) meetings.set(id, { id, date, cancelled: /cancel/i.test(context) });
  }
  return [...meetings.values()];
}

/**
 * ieListDocuments.aspx?CId=…&MId=…: the meeting's documents, linked as documents/s…/Name.pdf (or .docx,
 * as parish and town councils often publish) or mgConvert2PDF.aspx?ID=…. Restricted enclosures are listed
 * without a link, so they are never seen.
 */
export function readDocumentList(html: string, pageUrl: string): SiteDocument[] {
  const documents: SiteDocument[] = [];
  for (const link of parseHtml(html).querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!/(^|\/)documents\/[^?#]+\.(?:pdf|docx)$|mgConvert2PDF\.aspx\?/i.test(href)) continue;
    const title = link.textContent
      .replace(/\s+/g, ' ')
      // ModernGov appends the format and size to each link ("Minutes PDF 120 KB", "Agenda DOCX 40 KB").
      .replace(/\s*\b(?:PDF|DOCX)\s+\d+(?:\.\d+)?\s*[KM]B\b\s*$/i, '')
      .trim();
    const attachmentId = /mgConvert2PDF\.aspx\?ID=(\d+)|documents\/[a-z]?(\d+)\//i.exec(href);
    const id = attachmentId?.[1] ?? attachmentId?.[2];
    documents.push({
      url: new URL(href, pageUrl).toString(),
      title: title || 'Untitled document',
      restricted: false,
      ...(id ? { attachmentId: id } : {}),
    });
  }
  return documents;
}

/** "10 Feb 2026 10.00 am", "Tuesday, 10th February, 2026" → ISO. */
function readWrittenDate(text: string): string | undefined {
  const match = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}),?\s+(\d{4})\b/.exec(text);
  if (!match) return undefined;
  const month = monthNames.findIndex((name) => name.startsWith(match[2]!.toLowerCase())) + 1;
  return month === 0 ? undefined : toIso(Number(match[3]), month, Number(match[1]));
}
