import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { askedAttendee, attendeeVerdict, linesNamingAttendee } from './attendee-asked.js';

const present = { passageIndex: 0, text: 'Present: Councillors Imogen Lockwood (Town Mayor) and Rupert Van Dijk' };
const apologies = { passageIndex: 0, text: 'Apologies: Councillors Winifred Astbury and Caspar Mellor' };
const absent = { passageIndex: 0, text: 'Absent: Councillor Delphine Roscoe' };
const otherMeeting = { passageIndex: 1, text: 'Apologies: Councillor Delphine Roscoe' };
const scored = [present, apologies, absent, otherMeeting];

describe('askedAttendee', () => {
  it('reads the person a yes-or-no attendance question names, and no one from other questions', () => {
    expect(askedAttendee('was Councillor Caspar Mellor present at the town council in January?')).toEqual(
      contentTerms('Caspar Mellor'),
    );
    expect(askedAttendee('did Cllr Roscoe send apologies to the March meeting?')).toEqual(contentTerms('Roscoe'));
    expect(askedAttendee('who sent apologies to the town council in January?')).toEqual([]);
    expect(askedAttendee('did Councillor Mellor propose the dark skies policy?')).toEqual([]);
  });
});

describe('linesNamingAttendee', () => {
  it("answers with the attendance line naming the person, not the Present line sharing the question's word", () => {
    const question = 'was Councillor Caspar Mellor present at the town council?';
    expect(linesNamingAttendee(question, [present], scored)).toEqual([apologies]);
    expect(linesNamingAttendee('did Councillor Delphine Roscoe send apologies?', [apologies, absent], scored)).toEqual([
      absent,
    ]);
  });

  it('keeps the chosen lines when no attendance line of their passages names the person', () => {
    expect(linesNamingAttendee('was Councillor Oswald Grieve present?', [present], scored)).toEqual([present]);
    expect(linesNamingAttendee('who attended the town council?', [present, apologies], scored)).toEqual([
      present,
      apologies,
    ]);
  });
});

describe('attendeeVerdict', () => {
  it('says yes or no as the list naming the person does', () => {
    expect(attendeeVerdict('was Councillor Rupert Van Dijk present at the town council?', [present.text])).toBe(
      'Yes, listed as present:',
    );
    expect(attendeeVerdict('was Councillor Caspar Mellor present at the town council?', [apologies.text])).toBe(
      'No, listed among the apologies:',
    );
    expect(attendeeVerdict('did Councillor Delphine Roscoe send apologies?', [absent.text])).toBe(
      'No, listed as absent:',
    );
    expect(attendeeVerdict('was Councillor Caspar Mellor absent from the town council?', [apologies.text])).toBe(
      'Yes, listed among the apologies:',
    );
  });

  it('says nothing when no quoted line lists the person, or no one is named', () => {
    expect(attendeeVerdict('was Councillor Oswald Grieve present?', [present.text])).toBeUndefined();
    expect(attendeeVerdict('who attended the town council?', [present.text])).toBeUndefined();
  });
});
