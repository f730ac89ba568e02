import { describe, expect, it } from 'vitest';
import { asksOnlyWhoWasAbsent, asksWhoWasAbsent, recordsAbsence } from './absence.js';

describe('absence', () => {
  it.each([
    'Which trustee missed the last Ormsby Hall meeting?',
    'which alderman missed the June 3, 2031 council meeting?',
    'Who was absent from the harbour board in May?',
    "Who didn't attend the lighting committee?",
    'Was anyone not at the March sitting? Who was not present?',
    'Which councillor missed the Tarnby planning committee?',
    'Who sent apologies to the allotments panel?',
  ])('reads "%s" as asking who stayed away', (question) => {
    expect(asksWhoWasAbsent(question)).toBe(true);
  });

  it.each([
    'Who missed the council tax deadline?',
    'What did the warden say about the missed bin collections?',
    'What is the staff sickness absence rate?',
    'Who attended the lighting committee?',
    'Did the council miss its recycling target?',
  ])('does not read "%s" as asking who stayed away', (question) => {
    expect(asksWhoWasAbsent(question)).toBe(false);
  });

  it('tells a question asking only who stayed away from one asking who came or chaired too', () => {
    expect(asksOnlyWhoWasAbsent("Who didn't attend the lighting committee?")).toBe(true);
    expect(asksOnlyWhoWasAbsent('Who attended the lighting committee, and who sent apologies?')).toBe(false);
    expect(asksOnlyWhoWasAbsent('Who chaired the lighting committee, and were there apologies?')).toBe(false);
  });

  it('sees who stayed away on an apologies, absent or regrets line, not on a Present line', () => {
    expect(recordsAbsence('Apologies for absence were received from Cllr Pask.')).toBe(true);
    expect(recordsAbsence('Absent: Mr Orrin')).toBe(true);
    expect(recordsAbsence('Regrets: Alderwoman Tull')).toBe(true);
    expect(recordsAbsence('PRESENT: Mrs H Varga (Chairman), Mr O Lunde')).toBe(false);
  });
});
