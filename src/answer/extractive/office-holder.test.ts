import { describe, expect, it } from 'vitest';
import { officeAsked, printsOfficeHolder } from './office-holder.js';

describe('officeAsked', () => {
  it('reads the office a "who is the …" question asks the holder of, after a place typed before it', () => {
    expect(officeAsked('who was the Brackenford parish clerk in 2019?')).toBe('clerk');
    expect(officeAsked('Who is the vice-chairman of the panel?')).toBe('chair');
    expect(officeAsked('What did the clerk report about the bus shelter?')).toBeUndefined();
  });
});

describe('printsOfficeHolder', () => {
  it.each([
    'Present: Cllr P Okonedo (Chairman), Mrs L Varga (Clerk), 4 members of the public.',
    'Next meeting on 2 May. Clerk: Ruth Pendleby Email: clerk@example.org',
    'Signed: Ruth Pendleby, Parish Clerk',
    'the Clerk, Mrs Varga, reported that the grass cutting contract had been renewed.',
    'Ruth Pendleby\nClerk to the Council',
  ])('finds the holder bound to the office in "%s"', (text) => {
    expect(printsOfficeHolder(text, 'clerk')).toBe(true);
  });

  it.each([
    'RESOLVED: That Cllr Wynne Abara be elected Town Mayor for 2040/41.',
    'Councillor Idris Penhallow was duly elected as Deputy Mayor.',
  ])('finds the holder an election names in "%s"', (text) => {
    expect(printsOfficeHolder(text, 'mayor')).toBe(true);
  });

  it.each([
    'The meeting closed at 9.40pm\n\nParish Clerk',
    'R Mallory -Application for clerk - discussed under members matters',
    'The Clerk reported that the bench had been repaired.',
  ])('finds no holder where the office is printed without one: "%s"', (text) => {
    expect(printsOfficeHolder(text, 'clerk')).toBe(false);
  });
});
