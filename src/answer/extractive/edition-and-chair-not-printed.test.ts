import { describe, expect, it } from 'vitest';
import { useInventedPapersQuorum } from '../../../test/support/use-corpus-quorum.js';

// Invented minutes: a bird census printed as its 2033 edition only, and a paragraph naming one board's
// chair beside another board that the papers give no chair for.
const minutes = [
  'FENWATER ESTUARY PANEL',
  'Tuesday 10 June 2036',
  '',
  'Present:- Councillor Lomax (in the Chair); Councillors Penrose, Tey and Vickery.',
  '',
  '14. WHARF BIRD CENSUS 2033',
  '',
  'The warden presented the Wharf Bird Census 2033, published in March 2034, which counted 41 nesting pairs of terns on the old wharf.',
  '',
  'Resolved: That the census findings be shared with the harbour trust.',
  '',
  '15. ESTUARY OVERSIGHT',
  '',
  'Oversight of the estuary includes the Moorings Board, chaired by the Harbour Master, which meets monthly. Scrutiny of quay works is also provided by the Fenwater Estuary Panel and the Quayside Lighting Board (QLB).',
  '',
  'Resolved: That the oversight arrangements be noted.',
].join('\n');

describe('questions about a dated edition or a chair the papers do not print', () => {
  const quorum = useInventedPapersQuorum({ 'fenwater-panel-minutes.md': minutes });
  const ask = (question: string) => quorum().answerQuestion({ question });

  it('abstains on an edition of another year, and answers on the one printed', async () => {
    const missing = await ask('When was the 2035 wharf bird census published?');
    expect(missing.abstained).toBe(true);
    const printed = await ask('When was the 2033 wharf bird census published?');
    expect(printed.abstained).toBe(false);
    expect(printed.text).toContain('March 2034');
  });

  it('abstains on the chair of a board the papers name no chair for, not on one they do', async () => {
    const unnamed = await ask('Who chaired the Quayside Lighting Board in June 2036?');
    expect(unnamed.abstained).toBe(true);
    const named = await ask('Who chaired the Moorings Board?');
    expect(named.abstained).toBe(false);
    expect(named.text).toContain('Harbour Master');
  });
});
