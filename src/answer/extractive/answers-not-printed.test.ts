import { describe, expect, it } from 'vitest';
import { useInventedPapersQuorum } from '../../../test/support/use-corpus-quorum.js';

// Invented minutes: the earlier record is approved with no mover printed; a motion names its seconder;
// the harbour works are discussed with a share and a consultant, never a sum; a letter is still awaited.
const boardMinutes = [
  'Tarrowby Harbour Board',
  '',
  'Minutes of the meeting of the Harbour Board held on Thursday 12 June 2031',
  '',
  'Present: Cllr P Amberley (Chair), Cllr T Voss, Cllr R Quayle.',
  '',
  '1. Minutes of the Previous Meeting',
  '',
  'RESOLVED that the minutes of the meeting on 8 May 2031 were a correct record and be signed by the Chair.',
  '',
  '2. Slipway Repairs',
  '',
  'The slipway was 51% owned by the Harbour Board and was an asset that needed to be protected.',
  'Lantern Consulting Engineers had been appointed to design the slipway repairs and design work was nearing completion.',
  '',
  '3. Mooring Fees',
  '',
  'Cllr Voss proposed that mooring fees be frozen for 2032, seconded by Cllr Quayle. Agreed.',
  '',
  '4. Matters Arising',
  '',
  'The Clerk was still awaiting the letter from the Lighthouse Trust regarding the quay lamps.',
  '',
].join('\n');

describe('a mover, a cost, a reply or a time the minutes do not print', () => {
  const quorum = useInventedPapersQuorum({ 'tarrowby-harbour.md': boardMinutes });

  it('abstains when asked who seconded minutes approved without a seconder', async () => {
    const answer = await quorum().answerQuestion({
      question: 'who seconded the minutes at the harbour board on 12 june 2031?',
    });
    expect(answer.abstained).toBe(true);
  });

  it('names the seconder the minutes print', async () => {
    const answer = await quorum().answerQuestion({ question: 'who seconded freezing the mooring fees?' });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Quayle');
  });

  it('abstains on what the slipway repairs cost when only a share and a consultant are printed', async () => {
    const answer = await quorum().answerQuestion({ question: "what's the cost of the slipway repairs?" });
    expect(answer.abstained).toBe(true);
  });

  it('abstains on what the trust replied when its letter is still awaited', async () => {
    const answer = await quorum().answerQuestion({
      question: 'what did the lighthouse trust reply about the quay lamps?',
    });
    expect(answer.abstained).toBe(true);
  });

  it('abstains on when the quay works start when the lines name the works but no time', async () => {
    const answer = await quorum().answerQuestion({ question: 'when does construction start on the slipway repairs?' });
    expect(answer.abstained).toBe(true);
  });
});
