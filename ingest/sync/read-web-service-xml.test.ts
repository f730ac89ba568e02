import { describe, expect, it } from 'vitest';
import { readCommittees, readMeetingDetail, readMeetings, readServiceXml } from './read-web-service-xml.js';

// Shapes as ModernGov sends them: padded counts, whitespace in empty elements, True/False,
// dd/mm/yyyy dates, titles escaped twice and mixed-case hosts.
const committeesXml = `<?xml version="1.0" encoding="utf-8"?>
<committees>
  <committeescount> 3</committeescount>
  <committee>
    <committeeid>312</committeeid>
    <committeetitle>Appointments Sub-Committee</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>True</committeeexpired>
    <committeecategory>
    </committeecategory>
  </committee>
  <committee>
    <committeeid>144</committeeid>
    <committeetitle>Children&amp;#39;s Services Scrutiny</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>False</committeeexpired>
  </committee>
</committees>`;

const meetingsXml = `<?xml version="1.0" encoding="utf-8"?>
<getmeetings>
  <meetingscount> 2</meetingscount>
  <committee>
    <committeeid>144</committeeid>
    <committeemeetings>
      <meeting>
        <meetingid>4966</meetingid>
        <meetingdate>13/01/2026</meetingdate>
        <meetingstatus>Cancelled</meetingstatus>
      </meeting>
      <meeting>
        <meetingid>4967</meetingid>
        <meetingdate>10/02/2026</meetingdate>
        <meetingstatus>Confirmed</meetingstatus>
      </meeting>
    </committeemeetings>
  </committee>
</getmeetings>`;

const meetingXml = `<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>4967</meetingid>
  <meetingdate>10/02/2026</meetingdate>
  <meetingstatus>Confirmed</meetingstatus>
  <meetingactualstarttime>
  </meetingactualstarttime>
  <agendaitems>
    <agendaitem>
      <agendaitemtitle>Minutes</agendaitemtitle>
      <agendaitemnumber>4</agendaitemnumber>
      <fulldisplaynumberformat>1.</fulldisplaynumberformat>
      <linkeddocuments>
        <linkeddoc>
          <attachmentid>60860</attachmentid>
          <title>Minutes &amp;amp; actions, 25 Nov 2025</title>
          <url>https://Democracy.Example.gov.uk/mgConvert2PDF.aspx?ID=60860</url>
          <isrestricted>False</isrestricted>
          <restrictionsRef>
          </restrictionsRef>
        </linkeddoc>
      </linkeddocuments>
    </agendaitem>
    <agendaitem>
      <agendaitemtitle>Exempt appendix</agendaitemtitle>
      <fulldisplaynumberformat>9.</fulldisplaynumberformat>
      <linkeddocuments>
        <linkeddoc>
          <attachmentid>60909</attachmentid>
          <title>Appendix B</title>
          <url>https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=60909</url>
          <isrestricted>True</isrestricted>
        </linkeddoc>
      </linkeddocuments>
    </agendaitem>
    <agendaitem>
      <agendaitemtitle>Apologies</agendaitemtitle>
      <linkeddocuments>
      </linkeddocuments>
    </agendaitem>
  </agendaitems>
</meeting>`;

describe('reading the ModernGov web service', () => {
  it('reads committees, unescaping titles twice and marking expired ones inactive', () => {
    expect(readCommittees(readServiceXml(committeesXml, 'GetCommittees'))).toEqual([
      { id: '312', title: 'Appointments Sub-Committee', active: false },
      { id: '144', title: "Children's Services Scrutiny", active: true },
    ]);
  });

  it('reads meetings with ISO dates and the cancelled ones marked', () => {
    expect(readMeetings(readServiceXml(meetingsXml, 'GetMeetings'))).toEqual([
      { id: '4966', date: '2026-01-13', cancelled: true },
      { id: '4967', date: '2026-02-10', cancelled: false },
    ]);
  });

  it('reads a meeting’s linked documents with their agenda item and restriction', () => {
    expect(readMeetingDetail(readServiceXml(meetingXml, 'GetMeeting'))).toEqual({
      id: '4967',
      date: '2026-02-10',
      cancelled: false,
      documents: [
        {
          url: 'https://Democracy.Example.gov.uk/mgConvert2PDF.aspx?ID=60860',
          title: 'Minutes & actions, 25 Nov 2025',
          attachmentId: '60860',
          restricted: false,
          agendaItem: '1. Minutes',
        },
        {
          url: 'https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=60909',
          title: 'Appendix B',
          attachmentId: '60909',
          restricted: true,
          agendaItem: '9. Exempt appendix',
        },
      ],
    });
  });

  it('reads the result of a SOAP 1.1 envelope, as elements or as escaped text', () => {
    const asElements = `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetMeetingsResponse xmlns="http://moderngov.co.uk/namespaces"><GetMeetingsResult>${meetingsXml.replace(/^<\?xml[^>]*>/, '')}</GetMeetingsResult></GetMeetingsResponse></soap:Body></soap:Envelope>`;
    const asText = asElements.replace(
      /<GetMeetingsResult>([\s\S]*)<\/GetMeetingsResult>/,
      (_match, inner: string) =>
        `<GetMeetingsResult>${inner.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</GetMeetingsResult>`,
    );
    for (const envelope of [asElements, asText]) {
      expect(readMeetings(readServiceXml(envelope, 'GetMeetings')).map((meeting) => meeting.id)).toEqual([
        '4966',
        '4967',
      ]);
    }
  });

  it('says what is wrong with a response of another shape', () => {
    expect(() => readCommittees(readServiceXml('<html><body>Not found</body></html>', 'GetCommittees'))).toThrow(
      /GetCommittees: unexpected shape at committees/,
    );
  });
});
