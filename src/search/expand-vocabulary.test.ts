import { describe, expect, it } from 'vitest';
import { expandVocabulary, type GlossaryEntry, spelledAmounts } from './expand-vocabulary.js';

const glossary: GlossaryEntry[] = [{ short: 'SEND', long: 'Special Educational Needs and Disabilities' }];
const rare = () => 0;
const common = () => 5;

describe('expandVocabulary', () => {
  it('spells out an acronym from the mined glossary', () => {
    expect(expandVocabulary('How many pupils have SEND?', glossary, common)).toContainEqual({
      used: 'send',
      alternatives: expect.arrayContaining(['special educational needs and disabilities']),
    });
  });

  it('bridges a time of day typed one way to the ways papers print it', () => {
    expect(expandVocabulary('Did the board move its meetings to 6pm?', [], common)).toContainEqual({
      used: '6pm',
      alternatives: ['6.00 p.m.', '6:00 pm', '18:00'],
    });
    expect(expandVocabulary('Is the hall open at 9.30 a.m. on Sundays?', [], common)).toContainEqual({
      used: '9 30 a m',
      alternatives: ['9:30 am', '9.30am', '9:30', '09:30'],
    });
    expect(expandVocabulary('Can the bar stay open until 2am?', [], common)).toContainEqual({
      used: '2am',
      alternatives: ['2.00 a.m.', '2:00 am', '2:00', '02:00'],
    });
    expect(expandVocabulary('What happened at item 14?', [], common)).toEqual([]);
  });

  it('bridges an everyday verb to the formal one minutes use, when the papers rarely use it', () => {
    expect(expandVocabulary('When do the works start?', [], rare)).toContainEqual({
      used: 'start',
      alternatives: ['commence', 'begin'],
    });
  });

  it("bridges everyday words for births and a council tax rise to the papers' terms", () => {
    expect(expandVocabulary('How many babies were born in Marshton?', [], rare)).toContainEqual({
      used: 'babies',
      alternatives: ['babies born', 'births', 'live births', 'birth rate', 'birth numbers'],
    });
    expect(expandVocabulary('Is there a council tax rise in Marshton?', [], rare)).toContainEqual({
      used: 'council tax rise',
      alternatives: ['council tax increase', 'council tax increases', 'raise council tax', 'increase council tax'],
    });
  });

  it('bridges private schools to the independent schools papers name', () => {
    expect(expandVocabulary('Are private school rolls falling in Marshton?', [], rare)).toContainEqual({
      used: 'private school',
      alternatives: ['private schools', 'independent schools', 'independent school'],
    });
  });

  it('bridges selling land to its disposal, and extra to additional, when the papers rarely say so', () => {
    expect(expandVocabulary('Is the council selling the old depot?', [], rare)).toContainEqual({
      used: 'selling',
      alternatives: expect.arrayContaining(['disposal']),
    });
    expect(expandVocabulary('How many extra wardens will there be?', [], rare)).toContainEqual({
      used: 'extra',
      alternatives: ['additional', 'more'],
    });
  });

  it('bridges opting out, the hardest part and home ed to the words papers print', () => {
    expect(expandVocabulary('Why did three parishes opt out of the litter pick?', [], rare)).toContainEqual({
      used: 'opt out',
      alternatives: expect.arrayContaining(['declined to participate', 'chose not to participate']),
    });
    expect(expandVocabulary('Which target is the hardest for the wardens?', [], rare)).toContainEqual({
      used: 'hardest',
      alternatives: expect.arrayContaining(['most challenging', 'biggest challenges']),
    });
    expect(expandVocabulary('How many families use home ed in Marshton?', [], rare)).toContainEqual({
      used: 'home ed',
      alternatives: expect.arrayContaining(['elective home education']),
    });
  });

  it("bridges blocking, shutting and a post's salary to the words papers print", () => {
    expect(expandVocabulary('Can the board block the new warden?', [], rare)).toContainEqual({
      used: 'block',
      alternatives: ['veto', 'overrule'],
    });
    expect(expandVocabulary('Will the Grebe Street baths shut?', [], rare)).toContainEqual({
      used: 'shut',
      alternatives: ['close'],
    });
    expect(expandVocabulary('What salary does the warden get?', [], rare)).toContainEqual({
      used: 'salary',
      alternatives: ['paid', 'remuneration'],
    });
  });

  it("bridges everyday words for rural areas, slipped spending, worries, outside partners, upfront costs and the cheapest quote to the papers' terms", () => {
    const bridged = (question: string, used: string, alternative: string) =>
      expect(expandVocabulary(question, [], rare)).toContainEqual({
        used,
        alternatives: expect.arrayContaining([alternative]),
      });
    bridged('Do countryside parishes get less for bus shelters?', 'countryside', 'rural');
    bridged('How much of the bridge budget is slippage?', 'slippage', 'rephasing');
    bridged('What worries did the wardens raise about the ferry?', 'worries', 'concerns');
    bridged('Which outside partners run the food bank?', 'outside partners', 'external partners');
    bridged('Who pays the upfront cost of the new pavilion?', 'upfront', 'at the outset');
    bridged('Did the board pick the lowest priced quote for the fence?', 'lowest priced', 'cheapest');
  });

  it('bridges replacing something to the alternative papers weigh it against', () => {
    expect(expandVocabulary('are they replacing the ticket machines?', [], rare)).toContainEqual({
      used: 'replacing',
      alternatives: expect.arrayContaining(['alternative']),
    });
  });

  it('abbreviates a long form the glossary knows', () => {
    const expansions = expandVocabulary('Support for special educational needs and disabilities', glossary, common);
    expect(expansions).toEqual([{ used: 'special educational needs and disabilities', alternatives: ['send'] }]);
  });

  it('does not read the verb "send" as the acronym', () => {
    expect(expandVocabulary('Who will send the report to Cabinet?', glossary, common)).toEqual([]);
  });

  it('bridges "home schooling" to elective home education when the papers rarely say "home schooling"', () => {
    const [expansion] = expandVocabulary('How many children are in home schooling?', [], rare);
    expect(expansion?.used).toBe('home schooling');
    expect(expansion?.alternatives).toContain('elective home education');
  });

  it('bridges children in care to looked after children', () => {
    const [expansion] = expandVocabulary('What support do children in care get?', [], rare);
    expect(expansion?.alternatives).toContain('looked after children');
  });

  it("bridges everyday words for waste sites and furniture to the officers' terms", () => {
    const expansions = expandVocabulary('Can the recycling centres take old sofas?', [], rare);
    expect(expansions.flatMap((expansion) => expansion.alternatives)).toEqual(
      expect.arrayContaining(['hwrc', 'soft furnishings']),
    );
  });

  it('bridges a bank balance and paying for something to the accounts and funding papers print', () => {
    const balance = expandVocabulary("what is the harbour trust's bank balance?", [], rare);
    expect(balance.flatMap((expansion) => expansion.alternatives)).toContain('accounts');
    const paid = expandVocabulary('how is the new slipway being paid for?', [], rare);
    expect(paid.flatMap((expansion) => expansion.alternatives)).toContain('funded');
  });

  it('bridges what something earned to the income papers print', () => {
    const earned = expandVocabulary('how much did the market hall earn last year?', [], rare);
    expect(earned.flatMap((expansion) => expansion.alternatives)).toContain('income');
  });

  it('reads a number the question spells out as the digits papers print', () => {
    const expansions = expandVocabulary('Which roads had four or more closures?', [], common);
    expect(expansions).toContainEqual({ used: 'four', alternatives: ['4'] });
  });

  it('reads an amount spelled out with hundred, thousand or million as the digits papers print', () => {
    const lent = expandVocabulary('did the fund lend four hundred thousand pounds a month?', [], common);
    expect(lent).toContainEqual({ used: 'four hundred thousand', alternatives: ['400000'] });
    expect(spelledAmounts(' two hundred and fifty thousand ')).toEqual([
      { used: 'two hundred and fifty thousand', alternatives: ['250000'] },
    ]);
    expect(spelledAmounts(' over two million in loans ')).toEqual([
      { used: 'two million', alternatives: ['2000000', '2 million'] },
    ]);
    expect(spelledAmounts(' fifteen hundred pounds ')).toEqual([{ used: 'fifteen hundred', alternatives: ['1500'] }]);
    expect(spelledAmounts(' two point five million ')).toEqual([]);
  });

  it('leaves wording alone when the papers already use it often', () => {
    expect(expandVocabulary('What was spent on children?', [], common)).toEqual([]);
    expect(expandVocabulary('How many children are in home schooling?', [], common)).toEqual([]);
  });

  it('asks the index about the phrase the question used', () => {
    const asked: string[] = [];
    expandVocabulary('What was said about potholes?', [], (phrase) => {
      asked.push(phrase);
      return 0;
    });
    expect(asked).toEqual(['potholes']);
  });
});
