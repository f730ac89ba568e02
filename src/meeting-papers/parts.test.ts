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
      'Declarations of Interest',
      'Exclusion of the Press and Public',
      'Questions from Members of the Public and the Press',
      'Communications',
      'Urgent Business',
      'Date and time of the next meeting',
      'Work Programme',
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
      'Improving Lives Select Commission - Sub and Project Group Updates',
    ]) {
      expect(isStandingItem(title), title).toBe(false);
    }
  });
});
