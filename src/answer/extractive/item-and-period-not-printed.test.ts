import { describe, expect, it } from 'vitest';
import { useInventedPapersQuorum } from '../../../test/support/use-corpus-quorum.js';

// Invented minutes: an item numbering its parts 6.1 and 6.2 only, and an outreach caseload printed for one month.
const minutes = [
  'BRACKWELL VALE PARISH COUNCIL',
  'Thursday 3 July 2036',
  '',
  'Present:- Councillor Orme (in the Chair); Councillors Penhale, Quist and Varley.',
  '',
  '6. VILLAGE ASSETS',
  '',
  '6.1 Benches. The oak bench by the duck pond had been repaired by the warden and re-varnished.',
  '6.2 Bus shelter. It was agreed that the roof of the bus shelter on Mill Lane be replaced with clear panels.',
  '',
  '7. OUTREACH REPORT',
  '',
  'As of May 2036, the village outreach team was working with 412 families across the parish.',
  '',
  'Resolved: That the outreach report be noted.',
].join('\n');

describe('questions about a numbered part or a year the papers do not print', () => {
  const quorum = useInventedPapersQuorum({ 'brackwell-vale-minutes.md': minutes });
  const ask = (question: string) => quorum().answerQuestion({ question });

  it('abstains on a sub-item the item never numbers, and answers on one it does', async () => {
    const missing = await ask('What did Brackwell Vale agree under item 6.4 on village assets?');
    expect(missing.abstained).toBe(true);
    const printed = await ask('What did Brackwell Vale agree under item 6.2 on village assets?');
    expect(printed.abstained).toBe(false);
    expect(printed.text).toContain('clear panels');
  });

  it('abstains on a caseload asked for a year the papers do not cover, and answers for the one printed', async () => {
    const missing = await ask('How many families was the village outreach team working with in May 2031?');
    expect(missing.abstained).toBe(true);
    const printed = await ask('How many families was the village outreach team working with as of May 2036?');
    expect(printed.abstained).toBe(false);
    expect(printed.text).toContain('412');
  });
});
