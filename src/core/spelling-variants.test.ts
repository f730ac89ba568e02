import { describe, expect, it } from 'vitest';
import { foldSpelling, foldSpellings } from './spelling-variants.js';
import { contentTerms, stem } from './tokenize.js';

/** Each pair: a British and an American spelling of one word. */
const variants: [string, string][] = [
  ['behaviour', 'behavior'],
  ['behavioural', 'behavioral'],
  ['neighbourhoods', 'neighborhoods'],
  ['labourers', 'laborers'],
  ['favourite', 'favorite'],
  ['honourable', 'honorable'],
  ['prioritisation', 'prioritization'],
  ['emphasised', 'emphasized'],
  ['organisations', 'organizations'],
  ['analysed', 'analyzed'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['centred', 'centered'],
  ['theatre', 'theater'],
  ['kilometres', 'kilometers'],
  ['fibre', 'fiber'],
  ['litres', 'liters'],
  ['licence', 'license'],
  ['defence', 'defense'],
  ['offences', 'offenses'],
  ['catalogue', 'catalog'],
  ['catalogued', 'cataloged'],
  ['dialogue', 'dialog'],
  ['travelled', 'traveled'],
  ['fuelled', 'fueled'],
  ['councillors', 'councilors'],
  ['counsellor', 'counselor'],
  ['instalment', 'installment'],
  ['skilful', 'skillful'],
  ['judgement', 'judgment'],
  ['ageing', 'aging'],
  ['paediatric', 'pediatric'],
  ['anaemia', 'anemia'],
  ['oesophageal', 'esophageal'],
  ['manoeuvre', 'maneuver'],
  ['enquiry', 'inquiry'],
  ['sulphate', 'sulfate'],
  ['practising', 'practicing'],
  ['sceptical', 'skeptical'],
  ['likeable', 'likable'],
];

describe('foldSpelling', () => {
  it.each(variants)('stems %s and %s alike', (british, american) => {
    expect(stem(british)).toBe(stem(american));
  });

  it('folds a folded word no further, so folding text twice changes nothing', () => {
    for (const word of variants.flat()) expect(foldSpelling(foldSpelling(word))).toBe(foldSpelling(word));
  });

  it('keeps apart words the rules would otherwise fold into another word', () => {
    for (const [word, other] of [
      ['four', 'for'],
      ['flour', 'floor'],
      ['detour', 'deter'],
      ['prise', 'prize'],
      ['timbre', 'timber'],
      ['litres', 'literally'],
      ['hatred', 'hater'],
      ['entre', 'enter'],
    ]) {
      expect(stem(word!)).not.toBe(stem(other!));
    }
    for (const word of ['your', 'hours', 'size', 'seized', 'rogue', 'called', 'motor', 'doctor']) {
      expect(foldSpelling(word)).toBe(word);
    }
    // A word whose double l every spelling keeps still meets its inflections.
    expect(stem('quelled')).toBe(stem('quell'));
  });

  it('leaves -ise words that are no -ize variant with the nouns they share a stem with', () => {
    expect(stem('revised')).toBe(stem('revision'));
    expect(stem('precise')).toBe(stem('precision'));
    expect(stem('unsupervised')).toBe(stem('unsupervision'));
    expect(stem('televised')).toBe(stem('television'));
    for (const word of ['advertising', 'premises', 'surprised', 'compromise', 'exercises', 'otherwise', 'raised']) {
      expect(foldSpelling(word)).toBe(word);
    }
  });

  it('takes -ise variants to the base the stemmer gives their -ize spelling', () => {
    expect(stem('specialised')).toBe(stem('special'));
    expect(stem('finalised')).toBe(stem('finalize'));
    expect(stem('minimising')).toBe(stem('minimize'));
    expect(stem('criticised')).toBe(stem('criticized'));
    expect(stem('authorisation')).toBe(stem('authorization'));
  });
});

describe('foldSpellings', () => {
  it('spells every word of a text as the fold does, whatever its case, leaving other words as written', () => {
    expect(foldSpellings('The Harbour Centre’s licence, per Cllr Ode.')).toBe(
      'The harbor center’s license, per Cllr Ode.',
    );
    expect(foldSpellings('Colour')).toBe('color');
    expect(foldSpellings('Fibre, Theatre and Mould')).toBe('fiber, theater and mold');
    expect(foldSpellings('no variant here')).toBe('no variant here');
  });

  it('folds a word the same wherever it stands and however often it comes', () => {
    expect(foldSpellings('colour')).toBe('color');
    expect(foldSpellings('colour, Colour; COLOUR.colour')).toBe('color, color; color.color');
    expect(foldSpellings('Centrex centre9centre')).toBe('Centrex center9center');
    expect(foldSpellings('re-colour ébcolour')).toBe('re-color ébcolor');
  });

  it('tells apart letter runs whose character codes hash alike', () => {
    // "Aa" and "BB" sum alike under the runs' hash (65 × 31 + 97 = 66 × 31 + 66), so each pair
    // below shares one; each run must still get its own spelling, remembered or not.
    expect(foldSpellings('AaXcolour BBXcolour AaXcolour BBXcolour')).toBe('aaxcolor bbxcolor aaxcolor bbxcolor');
    expect(foldSpellings('BByhouse Aaycolour BByhouse Aaycolour')).toBe('BByhouse aaycolor BByhouse aaycolor');
  });

  it('lets a question in one spelling meet a passage in the other', () => {
    expect(contentTerms('How is antisocial behaviour in the town centre being prioritised?')).toEqual(
      contentTerms('How is antisocial behavior in the town center being prioritized?'),
    );
  });
});
