import { describe, expect, it } from 'vitest';
import { bracketedChairTitle, civicHeadName, labelledChairTitle, namesChair } from './chair-titles.js';

describe('chair titles', () => {
  it('reads the chair in brackets by the title each country gives it', () => {
    for (const text of [
      'Councillor A Munro (Convener)',
      'Cr D Faulkner (Mayor)',
      'Cllr S Achebe (Town Mayor, in the chair)',
      'Councillor B Walsh (An Cathaoirleach)',
      'Member E Price (Presiding Member)',
      'Mr R Holt (Chairman)',
    ])
      expect(bracketedChairTitle.test(text), text).toBe(true);
  });

  it('does not take a deputy or another post for the chair', () => {
    for (const text of [
      'Councillor A Reid (Vice-Convener)',
      'Cllr J Byrne (Deputy Mayor)',
      'Cllr K Osei (Deputy Town Mayor)',
      'Councillor L Park (Deputy Lord Mayor)',
      'Mr P Lowe (Vice Chair)',
      'G Hale (General Manager)',
    ])
      expect(bracketedChairTitle.test(text), text).toBe(false);
  });

  it('reads a chair named after a label, not a word that only starts like one', () => {
    expect(labelledChairTitle.test('Convener: Councillor A Munro')).toBe(true);
    expect(labelledChairTitle.test('Mayor-elect briefing')).toBe(false);
  });

  it('takes the civic head named by title in a Present list for the chair, not a deputy or a bare mention', () => {
    for (const text of [
      'Present: Mayor R. Lindqvist, Councillor B. Osei, Councillor F. Marchetti',
      'Present: Provost Fiona Keir, Councillors Ross Baird and Isla Munro.',
      'Present: Council Members Abara, Brink and Mayor Lindahl',
      'Members present: Reeve Odile Marchand, Deputy Reeve Kwame Asante',
      'Councillor Ines Halloran presided while the Warden was away.',
      'The Mayor called the meeting to order at 7:00 p.m.',
    ])
      expect(namesChair(text), text).toBe(true);
    for (const text of [
      'Present: Councillor B. Osei, Deputy Mayor F. Marchetti',
      'The Mayor thanked staff for the report.',
      'Present: Councillors Osei and Marchetti. Regrets: Mayor Lindqvist',
    ])
      expect(namesChair(text), text).toBe(false);
    expect(civicHeadName.test('Warden Ada Quist')).toBe(true);
    expect(civicHeadName.test('Deputy Warden Ada Quist')).toBe(false);
  });
});
