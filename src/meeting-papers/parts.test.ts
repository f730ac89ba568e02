import { describe, expect, it } from 'vitest';
import { isStandingItem } from './parts.js';

describe('isStandingItem', () => {
  it('recognises procedural business in agendas and minutes', () => {
    for (const title of [
      'Apologies for Absence',
      'Minutes of the previous meeting held on 31 October 2023',
      'MINUTES OF THE PREVIOUS MEETING',
      'Minutes of the Meeting held on 9th January 2025',
      'To confirm the minutes of the meeting of the Parish Council held on 4 March 2024',
      'Adoption of Minutes',
      'Approval of the minutes of the Harbour Committee',
      'To Approve/Sign the Minutes of the Council Meeting of 3 May 2022',
      'Minutes:',
      'Minutes of the Parish Council meetings held on 2 May 2019. The clerk read them out',
      'Declarations of Interest',
      'Declarations of Disclosable Pecuniary Interests or Other Significant Interests',
      'Exclusion of the Press and Public',
      'Questions from Members of the Public and the Press',
      'Communications',
      'Urgent Business',
      'Date and time of the next meeting',
      'Work Programme',
      'Minute of Previous Meeting',
      'Disclosure of Pecuniary Interest',
      'Exclusion of the Public',
      'Call to Order',
      'ADJOURNMENT',
      'Acknowledgement of Country',
      'Approval of the Agenda',
      'Those Attending:',
      'Next Meeting',
    ]) {
      expect(isStandingItem(title), title).toBe(true);
    }
  });

  it('leaves substantive items alone', () => {
    for (const title of [
      'Domestic Abuse Strategy 2022-2027 Update',
      'Ofsted Focused Visit Outcome',
      'Corporate Parenting Panel - Update',
      'Communications Strategy for Young Carers',
      'Draft Minutes',
      'Minutes Secretary Appointment',
      'Improving Lives Select Commission - Sub and Project Group Updates',
      'Next Meeting Venue Options for the Youth Forum',
      'Public Realm Plan Adjournment Debate',
    ]) {
      expect(isStandingItem(title), title).toBe(false);
    }
  });
});
