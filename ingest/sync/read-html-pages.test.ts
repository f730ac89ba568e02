import { describe, expect, it } from 'vitest';
import { readCommitteeList, readDocumentList, readMeetingList } from './read-html-pages.js';

describe('reading ModernGov HTML pages', () => {
  it('lists committees from mgListCommittees.aspx', () => {
    const html = `<ul><li><a href="mgCommitteeDetails.aspx?ID=144">Cabinet</a></li>
      <li><a href="mgCommitteeDetails.aspx?ID=150">Planning &amp; Licensing</a></li><li><a href="other.aspx">Help</a></li></ul>`;
    expect(readCommitteeList(html)).toEqual([
      { id: '144', title: 'Cabinet', active: true },
      { id: '150', title: 'Planning & Licensing', active: true },
    ]);
  });

  it('lists meetings from ieListMeetings.aspx, cancelled ones marked', () => {
    const html = `<ul><li><a href="ieListDocuments.aspx?CId=144&amp;MId=4967&amp;Ver=4">10 Feb 2026 10.00 am</a></li>
      <li><a href="ieListDocuments.aspx?CId=144&amp;MId=4966&amp;Ver=4">Tuesday, 13th January, 2026 10.00 am</a> CANCELLED</li></ul>`;
    expect(readMeetingList(html)).toEqual([
      { id: '4967', date: '2026-02-10', cancelled: false },
      { id: '4966', date: '2026-01-13', cancelled: true },
    ]);
  });

  it('lists linked documents from ieListDocuments.aspx, resolved against the page', () => {
    const html = `<table><tr><td><a href="documents/s60860/Minutes.pdf">Minutes PDF 120 KB</a></td></tr>
      <tr><td><a href="mgConvert2PDF.aspx?ID=60909">Budget report PDF 1.2 MB</a> Restricted enclosure</td></tr>
      <tr><td><a href="documents/s60911/Draft%20minutes.docx">Draft minutes DOCX 38 KB</a></td></tr>
      <tr><td><a href="documents/s60912/Plan.xlsx">Plan XLSX 12 KB</a></td></tr>
      <tr><td><a href="mgIssueHistoryHome.aspx?IId=1">View the background</a></td></tr></table>`;
    expect(readDocumentList(html, 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=144&MId=4967')).toEqual([
      {
        url: 'https://democracy.example.gov.uk/documents/s60860/Minutes.pdf',
        title: 'Minutes',
        restricted: false,
        attachmentId: '60860',
      },
      {
        url: 'https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=60909',
        title: 'Budget report',
        restricted: false,
        attachmentId: '60909',
      },
      {
        url: 'https://democracy.example.gov.uk/documents/s60911/Draft%20minutes.docx',
        title: 'Draft minutes',
        restricted: false,
        attachmentId: '60911',
      },
    ]);
  });
});
