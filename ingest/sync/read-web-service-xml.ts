import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { z } from 'zod';
import { toIso } from '../../src/core/dates.js';
import { QuorumError } from '../../src/core/errors.js';
import type { SiteCommittee, SiteDocument, SiteMeeting, SiteMeetingDetail } from './moderngov-records.js';

// Repeated elements stay arrays even when a response holds one of them.
const repeated = new Set(['committee', 'meeting', 'agendaitem', 'linkeddoc']);
const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => repeated.has(name),
});

// Real responses pad values and leave empty elements as whitespace (parsed as ''), so every field is
// an optional string here and the readers below decide what a blank means.
const text = z.union([z.string(), z.number()]).transform(String).optional();
const committeeSchema = z.object({
  committeeid: text,
  committeetitle: text,
  committeedeleted: text,
  committeeexpired: text,
});
const meetingSchema = z.object({ meetingid: text, meetingdate: text, meetingstatus: text });
const linkedDocumentSchema = z.object({ attachmentid: text, title: text, url: text, isrestricted: text });
const agendaItemSchema = z.object({
  agendaitemtitle: text,
  fulldisplaynumberformat: text,
  agendaitemnumber: text,
  linkeddocuments: z
    .union([z.object({ linkeddoc: z.array(linkedDocumentSchema).optional() }), z.literal('')])
    .optional(),
});

/** The XML document inside a response: a GET's body, or the `…Result` of a SOAP 1.1 envelope. */
export function readServiceXml(body: string, operation: string): Record<string, unknown> {
  let root: Record<string, unknown>;
  try {
    root = parser.parse(body) as Record<string, unknown>;
  } catch (error) {
    throw malformed(operation, 'not XML', error);
  }
  const envelope = root.Envelope as { Body?: Record<string, Record<string, unknown>> } | undefined;
  if (!envelope) return root;
  const result = envelope.Body?.[`${operation}Response`]?.[`${operation}Result`];
  // Some installs return the result as elements, others as one escaped string of XML.
  if (typeof result === 'string') return readServiceXml(result, operation);
  if (result && typeof result === 'object') return result as Record<string, unknown>;
  throw malformed(operation, `no ${operation}Result in the SOAP response`);
}

export function readCommittees(xml: Record<string, unknown>): SiteCommittee[] {
  const list = parseField(
    'GetCommittees',
    z.object({ committees: z.object({ committee: z.array(committeeSchema).optional() }) }),
    xml,
  );
  return (list.committees.committee ?? []).flatMap((committee) => {
    const id = committee.committeeid?.trim();
    const title = cleanTitle(committee.committeetitle);
    if (!id || !title) return [];
    const active = !isTrue(committee.committeedeleted) && !isTrue(committee.committeeexpired);
    return [{ id, title, active }];
  });
}

export function readMeetings(xml: Record<string, unknown>): SiteMeeting[] {
  const schema = z.object({
    getmeetings: z.union([
      z.object({
        committee: z
          .array(
            z.object({
              committeemeetings: z
                .union([z.object({ meeting: z.array(meetingSchema).optional() }), z.literal('')])
                .optional(),
            }),
          )
          .optional(),
      }),
      z.literal(''),
    ]),
  });
  const list = parseField('GetMeetings', schema, xml);
  if (list.getmeetings === '') return [];
  return (list.getmeetings.committee ?? []).flatMap((committee) =>
    committee.committeemeetings
      ? (committee.committeemeetings.meeting ?? []).flatMap((meeting) => toMeeting(meeting) ?? [])
      : [],
  );
}

export function readMeetingDetail(xml: Record<string, unknown>): SiteMeetingDetail {
  const schema = z.object({
    meeting: z
      .array(
        meetingSchema.extend({
          agendaitems: z
            .union([z.object({ agendaitem: z.array(agendaItemSchema).optional() }), z.literal('')])
            .optional(),
        }),
      )
      .length(1),
  });
  const [meeting] = parseField('GetMeeting', schema, xml).meeting;
  const stub = toMeeting(meeting!);
  if (!stub) throw malformed('GetMeeting', 'the meeting has no id or date');
  const items = meeting!.agendaitems ? (meeting!.agendaitems.agendaitem ?? []) : [];
  const documents = items.flatMap((item) => {
    const number = (item.fulldisplaynumberformat?.trim() || item.agendaitemnumber?.trim() || '').replace(/\.$/, '');
    const title = cleanTitle(item.agendaitemtitle);
    const agendaItem = [number && `${number}.`, title].filter(Boolean).join(' ') || undefined;
    const linked = item.linkeddocuments ? (item.linkeddocuments.linkeddoc ?? []) : [];
    return linked.flatMap((document): SiteDocument[] => {
      const url = document.url?.trim();
      if (!url) return [];
      const attachmentId = document.attachmentid?.trim() || undefined;
      return [
        {
          url,
          title: cleanTitle(document.title) || 'Untitled document',
          restricted: isTrue(document.isrestricted),
          ...(attachmentId ? { attachmentId } : {}),
          ...(agendaItem ? { agendaItem } : {}),
        },
      ];
    });
  });
  return { ...stub, documents };
}

function toMeeting(meeting: z.infer<typeof meetingSchema>): SiteMeeting | undefined {
  const id = meeting.meetingid?.trim();
  const date = readSiteDate(meeting.meetingdate);
  if (!id || !date) return undefined;
  return { id, date, cancelled: /cancel/i.test(meeting.meetingstatus ?? '') };
}

/** ModernGov writes dates dd/mm/yyyy. */
export function readSiteDate(value: string | undefined): string | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(value?.trim() ?? '');
  return match ? toIso(Number(match[3]), Number(match[2]), Number(match[1])) : undefined;
}

/** dd/mm/yyyy for the web service's date parameters. */
export function toSiteDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'true';
}

/** Titles arrive escaped twice (`&amp;#39;`): the XML parser undoes one level, the HTML parser the other. */
function cleanTitle(value: string | undefined): string {
  return parseHtml(value ?? '')
    .textContent.replace(/\s+/g, ' ')
    .trim();
}

function parseField<T>(operation: string, schema: z.ZodType<T>, xml: Record<string, unknown>): T {
  const parsed = schema.safeParse(xml);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw malformed(operation, `unexpected shape at ${issue?.path.join('.') || 'the root'}: ${issue?.message}`);
}

function malformed(operation: string, reason: string, cause?: unknown): QuorumError {
  return new QuorumError('site_malformed', `${operation}: ${reason}`, { cause });
}
