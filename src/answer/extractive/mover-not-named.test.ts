import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { omitsMoverAsked } from './mover-not-named.js';

const line = (text: string, heading = '', body = 'Harbour Board Tarrowby Council') => ({ text, heading, body });
const topic = (question: string) => contentTerms(question);

describe('omitsMoverAsked', () => {
  const resolvedOnly = [line('RESOLVED that the notes of the Harbour Board held on 4 March 2031 were a true record.')];

  it('finds a mover or seconder asked of lines that name none', () => {
    const asked = 'who seconded the notes at the harbour board in april?';
    expect(omitsMoverAsked(asked, resolvedOnly, topic('notes'))).toBe(true);
    expect(
      omitsMoverAsked(
        'Who proposed the lido motion?',
        [line('The lido would reopen in June 2031.')],
        topic('lido motion'),
      ),
    ).toBe(true);
    expect(omitsMoverAsked('who was the seconder for the towpath grant', resolvedOnly, topic('towpath grant'))).toBe(
      true,
    );
  });

  it('does not take "second-hand" for a seconder, nor the body\'s own name for the topic', () => {
    const smoke = [line('Smoke-free beaches protect children from second-hand smoke across Tarrowby.')];
    expect(omitsMoverAsked('who seconded the notes at tarrowby harbour board?', smoke, topic('notes tarrowby'))).toBe(
      true,
    );
    const voss = [line('Seconded by Cllr Voss, the notes were agreed.', '', 'Tarrowby Harbour Board')];
    expect(omitsMoverAsked('who seconded at tarrowby?', voss, topic('tarrowby'))).toBe(false);
  });

  it("does not take another item's seconder for the one asked about", () => {
    const other = [line('Cllr Voss proposed that mooring fees be frozen, seconded by Cllr Quayle.', 'Mooring Fees')];
    expect(omitsMoverAsked('who seconded the notes?', other, topic('notes'))).toBe(true);
  });

  it('accepts the forms minutes print a mover in, on the topic asked about or under its heading', () => {
    const asked = 'who seconded the lido motion?';
    const lido = topic('lido motion');
    expect(omitsMoverAsked(asked, [line('Proposed by Cllr Amberley; seconded by Cllr Voss.', 'Lido')], lido)).toBe(
      false,
    );
    expect(omitsMoverAsked(asked, [line('The lido motion: seconded Cllr T Voss, all agreed.')], lido)).toBe(false);
    expect(omitsMoverAsked('who proposed it', [line('Adopted on the proposal of Cllr Voss.')], [])).toBe(false);
    expect(
      omitsMoverAsked(
        'who moved the amendment',
        [line('The amendment, moved by Mr Tarrant, was lost.')],
        topic('amendment'),
      ),
    ).toBe(false);
  });

  it('leaves other questions alone', () => {
    expect(omitsMoverAsked('what was resolved on the notes?', resolvedOnly, topic('notes'))).toBe(false);
    expect(omitsMoverAsked('who chaired the harbour board?', resolvedOnly, topic('harbour board'))).toBe(false);
  });
});
