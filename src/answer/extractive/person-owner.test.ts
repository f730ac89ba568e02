import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { judgeEvidence } from './enough-evidence.js';
import { answeringOfOwners, personOwners } from './person-owner.js';

const chunk = (text: string, speakers?: string[]) =>
  ({
    text,
    committee: 'Licensing Board',
    headingPath: ['Licensing Board', '2038-01-21'],
    meetingDate: null,
    speakers,
  }) as unknown as Chunk;
const analyze = (question: string) => analyzeQuestion(question, { now: new Date('2038-03-01') });
const weigh = () => 1;

describe('personOwners', () => {
  it('reads the surname and the thing owned of a first name and surname before "\'s"', () => {
    expect(personOwners("What was decided on Thomas Galbraith's personal licence?")).toEqual([
      { person: ['galbraith'], owned: ['person', 'licens'] },
    ]);
    expect(personOwners('What did the board decide about the personal licence?')).toEqual([]);
  });

  it('reads no title as a first name: a member asked by title and a misspelt surname is left to the other checks', () => {
    expect(personOwners("Councillor Sennior's interest on the lifestyle survey - what was it?")).toEqual([]);
    expect(personOwners("What was Mrs Okafor's question?")).toEqual([]);
  });
});

describe('judgeEvidence of a person named as owner', () => {
  const question = analyze("What did the licensing board decide about Thomas Galbraith's personal licence?");

  it("does not answer from another holder's licence, nor from the person named over another kind of licence", () => {
    const otherHolder = chunk(
      'Personal Licence Holder: Kieran Strachan. Decision: the licensing board agreed to revoke the personal licence of Kieran Strachan.',
    );
    const otherLicence = chunk(
      'Premises Licence Holder: Thomas Galbraith. Decision: the licensing board agreed to grant the premises licence variation.',
    );
    expect(judgeEvidence(question, [otherHolder, otherLicence], weigh, 0.5).answer).toBe(false);
  });

  it('answers from a passage naming the person with the thing', () => {
    const his = chunk(
      'Personal Licence Holder: Thomas Galbraith. Decision: the licensing board agreed to suspend the personal licence of Thomas Galbraith.',
    );
    expect(judgeEvidence(question, [his], weigh, 0.5).answer).toBe(true);
  });

  it("counts a transcript's speaker as named though the turn does not repeat the name", () => {
    const owners = personOwners("What was Suzy Davies's view on the school transport budget?");
    const turn = chunk('I think the school transport budget is far too small for a rural county.', ['Suzy Davies']);
    const unnamed = chunk('The school transport budget is far too small.');
    expect(answeringOfOwners([turn, unnamed], owners)).toEqual([true, false]);
  });
});
