/** A committee as a ModernGov site lists it. */
export interface SiteCommittee {
  id: string;
  title: string;
  /** False when the site marks it deleted or expired. */
  active: boolean;
}

/** One meeting of a committee, as listed (GetMeetings or ieListMeetings). */
export interface SiteMeeting {
  id: string;
  /** ISO date. */
  date: string;
  cancelled: boolean;
}

/** A document linked from a meeting's agenda (GetMeeting's linkeddoc or an ieListDocuments link). */
export interface SiteDocument {
  url: string;
  title: string;
  attachmentId?: string;
  restricted: boolean;
  /** "4. Minutes" where the site says which agenda item the document belongs to. */
  agendaItem?: string;
}

export interface SiteMeetingDetail extends SiteMeeting {
  documents: SiteDocument[];
}
