import { describe, expect, it } from 'vitest';
import { askedRole, roleHolders } from './speaker-roles.js';
import { splitTurns } from './speaker-turns.js';
import { contentTerms } from './tokenize.js';

const holdersIn = (text: string, question: string) => [...roleHolders(text, splitTurns(text), askedRole(question)!)];

describe('askedRole', () => {
  it('reads the office a question names, and which of its words are only the office', () => {
    const office = contentTerms('Harbour Secretary');
    expect(askedRole('What did the Harbour Secretary say about ferry fares?')).toEqual({
      phrase: 'Harbour Secretary',
      stems: office,
      framing: office,
    });
    // "rivers" is the office and the topic: it stays a topic word.
    expect(askedRole('How would the Minister for Rivers answer on rivers in spate?')?.framing).toEqual(
      contentTerms('minister'),
    );
    expect(askedRole('How did Deputy Minister speak to the grazing amendments?')?.phrase).toBe('Deputy Minister');
    expect(askedRole('What did the transport minister promise?')?.phrase).toBe('transport minister');
    expect(askedRole('Do the Minister’s principles for ferries apply to barges?')?.phrase).toBe('Minister');
    expect(askedRole("What was the Minister for Rivers's answer on weirs?")?.phrase).toBe('Minister for Rivers');
  });

  it('reads a post named by its remit, every word of the remit kept', () => {
    const role = askedRole('What did the official responsible for inland waterways say about towpaths?')!;
    expect(role.byRemit).toBe(true);
    expect(role.stems).toEqual(['inland', 'waterway'].map((word) => contentTerms(word)[0]));
    expect(askedRole('According to the further education official, how long had the toolkit run?')?.stems).toContain(
      'further',
    );
  });

  it('reads an office after a body’s possessive', () => {
    expect(askedRole('What did Harbourfund’s chief executive say about dredging?')?.phrase).toBe('chief executive');
    expect(askedRole("Why did Portwatch's chief inspector close the lamps?")?.phrase).toBe('chief inspector');
  });

  it('reads a body named as the speaker, but not the chair or the committee', () => {
    const role = askedRole('What did the Association of Harbour Masters say about dredging?')!;
    expect(role).toMatchObject({ phrase: 'Association of Harbour Masters', body: true, byRemit: true });
    expect(role.framing).toEqual(contentTerms('Association of Harbour Masters'));
    expect(askedRole('Are the lamps safe, according to the Lighthouse Board?')?.phrase).toBe('Lighthouse Board');
    expect(askedRole('What did the Chair say about dredging?')?.body).toBeUndefined();
    expect(askedRole('What did the Committee recommend?')).toBeUndefined();
  });

  it('reads a body typed by its acronym or bare name, with no "the", but not a person’s name', () => {
    expect(askedRole('What did HFCP say it could send about reserves?')).toMatchObject({ phrase: 'HFCP', body: true });
    expect(askedRole('Did PLJB accept that pupils were affected?')?.phrase).toBe('PLJB');
    expect(askedRole('Will ferries run, according to HMA?')?.phrase).toBe('HMA');
    expect(askedRole("What was HMA's position on dredging?")?.phrase).toBe('HMA');
    expect(askedRole('What did Harbour Masters Association say about dredging?')?.phrase).toBe(
      'Harbour Masters Association',
    );
    expect(askedRole('What did Youth Cabinet say about buses?')?.phrase).toBe('Youth Cabinet');
    expect(askedRole('What did Bryn Tallis AM say about ferry fares?')).toBeUndefined();
  });

  it('finds no office in a question about a person or a topic', () => {
    expect(askedRole('What did Bryn Tallis say about ferry fares?')).toBeUndefined();
    expect(askedRole('What were the ministerial powers over ferries?')).toBeUndefined();
  });
});

describe('roleHolders', () => {
  it('ties a post named by its remit to the witness whose whole introduced post covers it, not one sharing a word', () => {
    const text =
      'Gwen Talbot AM: I welcome Ivo Brand, Cabinet Secretary for Education; and Mari Lloyd, deputy director, further education and skills division. Over to you.';
    expect(holdersIn(text, 'What did the further education official say about bursaries?')).toEqual(['Mari Lloyd']);
  });

  it('reads an introduction of someone who does not yet speak in the passage, an office with "and" in it whole', () => {
    const text = [
      'Gwen Talbot AM: I am glad to welcome Cerys Moll, Secretary for Ports, and Idris Fane AM, Minister for Rivers and Inland Waters, and their officials.',
      '',
      'Rhodri Vaughan AM: Thank you, Chair. How are ferry fares set?',
    ].join('\n');
    expect(holdersIn(text, 'What did the Minister for Rivers and Inland Waters say about fares?')).toEqual([
      'Idris Fane',
    ]);
    expect(holdersIn(text, 'What did the Secretary for Ports say about fares?')).toEqual(['Cerys Moll']);
  });

  it('reads a chief executive and a chief inspector introduced with their posts', () => {
    const text = [
      'Gwen Talbot AM: I welcome Ivo Brand, chief executive of the Harbour Trust, and Dr Ama Rusk, Chief Inspector of Lighthouses.',
      '',
      'Ivo Brand: Thank you. Shall I start?',
    ].join('\n');
    expect(holdersIn(text, 'What did the chief executive of the Harbour Trust say about dredging?')).toEqual([
      'Ivo Brand',
    ]);
    expect(holdersIn(text, 'When did the chief inspector say the lamps would be replaced?')).toEqual(['Ama Rusk']);
  });

  it('reads the office from a label’s brackets, whatever the order of its words', () => {
    const text = [
      'Mr. Osric Vane: Will the ferries run all winter?',
      '',
      'Hon. Ines Marlow (Minister of Ferries and Harbours): They will run every day of the winter.',
    ].join('\n');
    expect(holdersIn(text, 'What did the ferries minister say about winter sailings?')).toEqual(['Hon. Ines Marlow']);
  });

  it('reads an introduction that names a speaker with the office, not the member who asks first', () => {
    const text = [
      'Gwen Talbot AM: Welcome. I am glad to welcome Bryn Tallis AM, Harbour Secretary; and Ola Penrose, head of ports. If you are content, Harbour Secretary, we will begin with questions.',
      '',
      'Rhodri Vaughan AM: How are ferry fares set?',
      '',
      'Bryn Tallis AM: Fares are set each spring by the port board.',
    ].join('\n');
    expect(holdersIn(text, 'What did the Harbour Secretary say about ferry fares?')).toEqual(['Bryn Tallis AM']);
  });

  it('reads who is given the floor, asked, thanked, or speaks as the office', () => {
    const floor = [
      'Gwen Talbot AM: I call on the Deputy Minister to speak.',
      '',
      'Nia Corran AM: These amendments keep the grazing rules as they stand.',
      '',
      'Gwen Talbot AM: Thank you, Deputy Minister. Rhodri, do you wish to reply?',
    ].join('\n');
    expect(holdersIn(floor, 'How did the Deputy Minister speak to the grazing amendments?')).toEqual(['Nia Corran AM']);
    const asked = ['Rhodri Vaughan AM: Deputy Minister, when will the rules change?', '', 'Nia Corran AM: In May.'];
    expect(holdersIn(asked.join('\n'), 'What did the Deputy Minister say?')).toEqual(['Nia Corran AM']);
    const self = 'Nia Corran AM: I, as the Deputy Minister, will publish the grazing guidance in May.';
    expect(holdersIn(self, 'What did the Deputy Minister say?')).toEqual(['Nia Corran AM']);
  });

  it('ties a body to the witnesses introduced as representing it, past their own posts, not the next witness', () => {
    const text = [
      'Gwen Talbot AM: I welcome Ivo Brand, who is chair of the Northern Ports Forum and is here representing the Association of Harbour Masters; and Mari Lloyd, head of ports.',
      '',
      'Ivo Brand: Thank you.',
    ].join('\n');
    expect(holdersIn(text, 'What did the Association of Harbour Masters say about dredging?')).toEqual(['Ivo Brand']);
    const listed =
      'Gwen Talbot AM: I welcome Ivo Brand, chief executive of the Pilots Guild, Mari Lloyd, director of pilotage, Pilots Guild, Ola Penrose, chief executive of the Lighthouse Board, and Rhys Tal, head of lamps.';
    expect(holdersIn(listed, 'What did the Pilots Guild say about dredging?')).toEqual(['Ivo Brand', 'Mari Lloyd']);
    expect(holdersIn(listed, 'What did the Lighthouse Board say about lamps?')).toEqual(['Ola Penrose']);
    // Prose that only mentions the body, and a list of bodies, name no witness of it.
    const prose = [
      'Osric Vane AM: Publishers such as Tern Books, for example—and then the Pilots Guild pays for the charts.',
      '',
      'Gwen Talbot AM: We heard from the harbour police, the Coastal Rescue Service, the Pilots Guild and others.',
    ].join('\n');
    expect(holdersIn(prose, 'What did the Pilots Guild say about charts?')).toEqual([]);
  });

  it('reads who chairs the sitting from being addressed, not from a witness introduced as chair of a body', () => {
    expect(askedRole("What was the chair's view of the ferry timetable?")).toMatchObject({
      phrase: 'chair',
      possessive: true,
    });
    const text = [
      'Gwen Talbot AM: I welcome Ivo Brand, who is chair of the Pilots Guild. Rhodri, do you want to start?',
      '',
      'Rhodri Vaughan AM: Thank you, Chair. Are the fares fair?',
      '',
      'Ivo Brand: The fares are set by the board.',
    ].join('\n');
    expect(holdersIn(text, "What was the chair's view of the fares?")).toEqual(['Gwen Talbot AM']);
    expect(holdersIn(text, 'What did the chair of the Pilots Guild say about fares?')).toEqual(['Ivo Brand']);
  });

  it('takes no form of address for a person introduced with a post', () => {
    const text = [
      'Osric Vane: Madam Chair, the Minister of Ferries paid the crews late. Deputy Minister, the report says so.',
      '',
      'Ines Marlow: The crews were paid in May.',
    ].join('\n');
    expect(holdersIn(text, 'What did the Minister of Ferries say about the crews?')).toEqual([]);
    expect(holdersIn(text, 'What did the Deputy Minister say about the report?')).toEqual([]);
  });

  it('ties no one to an office said only as a subject or in passing', () => {
    const text = [
      'Rhodri Vaughan AM: The Deputy Minister’s amendment goes too far. Will the Deputy Minister think again?',
      '',
      'Gwen Talbot AM: If you are content, Deputy Minister, we will take members’ questions now.',
      '',
      'Osric Vane AM: Farmers need the rules in writing.',
    ].join('\n');
    expect(holdersIn(text, 'What did the Deputy Minister say about grazing?')).toEqual([]);
  });
});
