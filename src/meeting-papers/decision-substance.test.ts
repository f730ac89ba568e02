import { describe, expect, it } from 'vitest';
import { decisionSubstance } from './decision-substance.js';

const decisionIn = (text: string, wording: string) => {
  const start = text.indexOf(wording);
  return { text: wording, start, end: start + wording.length };
};

describe('decisionSubstance', () => {
  it('shows a bare "proposed, seconded and agreed" with the motion quoted earlier in its item', () => {
    const text =
      'The following motion in the name of Cllr. Reddan was considered: "That this District requests a crossing at Ardmore School."\n' +
      'Mr. Foley replied that a survey was planned.\n' +
      'The motion was proposed by Cllr. Reddan, seconded by Cllr. Quirke, and agreed.\n';
    const decision = decisionIn(text, 'The motion was proposed by Cllr. Reddan, seconded by Cllr. Quirke, and agreed.');
    const shown = decisionSubstance(text, 0, decision);
    expect(shown?.text).toBe(
      'That this District requests a crossing at Ardmore School. — The motion was proposed by Cllr. Reddan, seconded by Cllr. Quirke, and agreed.',
    );
    expect(text.slice(shown?.start, shown?.end)).toMatch(/^That this District requests .* and agreed\.$/s);
  });

  it("takes an Irish notice of motion's own words", () => {
    const text =
      'I will move at the next Meeting for a footpath to be built\nalong the Mill Road.\n\nThe Motion was proposed by Councillor Dunne and seconded by Councillor Hayes.';
    const decision = decisionIn(text, 'The Motion was proposed by Councillor Dunne and seconded by Councillor Hayes.');
    expect(decisionSubstance(text, 0, decision)?.text).toMatch(
      /^I will move at the next Meeting for a footpath to be built along the Mill Road\. — The Motion was proposed/,
    );
  });

  it('drops a vote that only closed or reopened the meeting, and keeps a decision with substance as it is', () => {
    const closing = 'Cllr Mrs Pardew proposed closing the meeting seconded by Cllr Fenn.';
    expect(decisionSubstance(closing, 0, decisionIn(closing, closing))).toBeUndefined();
    const reopening =
      'Cllr Fenn proposed the meeting be re-opened for council business seconded by Cllr Mrs Pardew. Agreed.';
    expect(decisionSubstance(reopening, 0, decisionIn(reopening, reopening))).toBeUndefined();
    const bench = 'Cllr Fenn proposed that a bench be bought for £400, seconded by Cllr Mrs Pardew. All agreed.';
    expect(decisionSubstance(bench, 0, decisionIn(bench, bench))).toEqual(decisionIn(bench, bench));
  });
});
