import { describe, expect, it } from 'vitest';
import type { AnswerQuestion } from '../../src/answer/answer.js';
import { warmUp } from '../../src/open-quorum.js';
import { useInventedPapersQuorum } from '../support/use-corpus-quorum.js';

const minutes = [
  'MINUTES of a meeting of the Riverside Scrutiny Panel held at Mill House on Tuesday, 4 March 2031',
  '',
  'PRESENT: Cllr A Penrose (Chair), Cllr B Tolley, Cllr C Wynn',
  '',
  '10. Apologies for Absence',
  '',
  'There were no apologies.',
  '',
  '11. Towpath Lighting',
  '',
  'The Highways Officer presented the towpath lighting scheme.',
  '',
  'RESOLVED: That the towpath lighting scheme be approved.',
  '',
  '12. Any Other Business',
  '',
  'There was none.',
].join('\n');

describe('warmUp', () => {
  const quorum = useInventedPapersQuorum({ 'riverside-march.txt': minutes });

  /** The real answerer, with a count of the questions put to it. */
  function counted(answer: AnswerQuestion): { answerQuestion: AnswerQuestion; asked: string[] } {
    const asked: string[] = [];
    return {
      asked,
      answerQuestion: (request) => {
        asked.push(request.question);
        return answer(request);
      },
    };
  }

  it('answers a few questions when answering runs in the process, so the first person to ask does not compile it', async () => {
    expect(quorum().answersLocally).toBe(true);
    const { answerQuestion, asked } = counted(quorum().answerQuestion);
    await warmUp({ retrieve: quorum().retrieve, answerQuestion, answersLocally: quorum().answersLocally });
    expect(asked.length).toBeGreaterThan(0);
  });

  it('only searches when answering is not local (an LLM is not called before anyone asks)', async () => {
    const { answerQuestion, asked } = counted(quorum().answerQuestion);
    await warmUp({ retrieve: quorum().retrieve, answerQuestion, answersLocally: false });
    expect(asked).toHaveLength(0);
  });
});
