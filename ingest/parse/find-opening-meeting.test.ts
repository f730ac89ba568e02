import { describe, expect, it } from 'vitest';
import { findOpeningMeeting } from './find-opening-meeting.js';

describe('findOpeningMeeting', () => {
  it('reads the body and date the chair names when welcoming people to the meeting', () => {
    expect(
      findOpeningMeeting(
        '>> Good evening and welcome to this meeting of the Orchard Vale Licensing Panel, Monday 9 June 2036.',
      ),
    ).toEqual({ committee: 'Orchard Vale Licensing Panel', meetingDate: '2036-06-09' });
  });

  it('splits the council from its committee in captions printed in capitals', () => {
    expect(findOpeningMeeting('>> THIS IS THE QUILLAN BOROUGH COUNCIL PARKS SCRUTINY COMMITTEE. WE BEGIN.')).toEqual({
      authority: 'Quillan Borough Council',
      committee: 'Parks Scrutiny Committee',
    });
  });

  it('takes no committee from a passing mention and no date said outside the opening sentence', () => {
    expect(
      findOpeningMeeting('>> Welcome to the meeting. I have told the committee the site closes on 4 May 2036.'),
    ).toEqual({});
    expect(findOpeningMeeting('>> Welcome to the Tenby Moor Cabinet. The depot lease ends on 4 May 2036.')).toEqual({
      committee: 'Tenby Moor Cabinet',
    });
  });

  it("reads automatic captions printed without capitals or stops, line by line, the council's possessive apart", () => {
    const captions =
      "good afternoon and welcome to this meeting of ostridge parish council's allotments committee it's monday the 2nd of march 2037\n" +
      'the tenancy agreement was signed on the 9th of may 2031';
    expect(findOpeningMeeting(captions)).toEqual({
      authority: 'Ostridge Parish Council',
      committee: 'Allotments Committee',
      meetingDate: '2037-03-02',
    });
    expect(findOpeningMeeting('welcome to the meeting of the committee it is the 2nd of march 2037')).toEqual({});
  });

  it('guesses no year for a date said without one', () => {
    expect(
      findOpeningMeeting('>> Welcome to this meeting of the Harrowgate Planning Committee, Tuesday 3rd March.'),
    ).toEqual({
      committee: 'Harrowgate Planning Committee',
    });
  });
});
