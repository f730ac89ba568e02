import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { asksAboutMeetingNotHeld } from './meeting-not-held.js';

// The index holds one sitting, in March; its work programme plans a sitting on 14 May that the papers never reach.
const minutes = testChunk({ committee: 'Harbour Board', meetingDate: '2031-03-04', text: 'Moorings fees were set.' });
const programme = testChunk({
  committee: 'Harbour Board',
  meetingDate: '2031-03-04',
  kind: 'work-programme',
  text: '14 May 2031 · Moorings review · Dredging contract',
});
const store = {
  latestMeetingDate: async (onOrBefore: string) => (onOrBefore >= '2031-03-04' ? '2031-03-04' : undefined),
  meetingChunks: async (meetingDate: string) => (meetingDate === '2031-03-04' ? [minutes, programme] : []),
};
const now = new Date('2031-09-01T12:00:00Z');
const notHeld = (question: string) =>
  asksAboutMeetingNotHeld(
    analyzeQuestion(question, { now, committees: [] }),
    [
      { chunk: programme, score: 1 },
      { chunk: minutes, score: 0.5 },
    ],
    store,
    undefined,
  );

describe('asksAboutMeetingNotHeld', () => {
  it('lets a work programme naming the day answer what that sitting is to take', async () => {
    expect(await notHeld('What will the 14 May 2031 meeting look at on moorings?')).toBe(false);
  });

  it('does not let a plan stand for the record of what the sitting resolved or who chaired it', async () => {
    expect(await notHeld('What was resolved at the 14 May 2031 meeting about moorings?')).toBe(true);
    expect(await notHeld('who chaired the harbour panel in may 2031')).toBe(true);
    expect(await notHeld('Who presented the moorings review to the board in May 2031?')).toBe(true);
    expect(await notHeld('how did the moorings review go at the 14 May 2031 meeting?')).toBe(true);
    expect(await notHeld('what happened with moorings at the 14 May 2031 meeting?')).toBe(true);
  });

  it('lets the plan say who is to present at a sitting still to come', async () => {
    expect(await notHeld('Who will present the moorings review to the board in May 2031?')).toBe(false);
  });

  it('keeps a question about a sitting the papers hold open', async () => {
    expect(await notHeld('What was resolved at the 4 March 2031 meeting about moorings?')).toBe(false);
  });

  it("keeps open another body's sitting that the papers report, in the time asked", async () => {
    const update = testChunk({
      committee: 'Harbour Board',
      meetingDate: '2031-06-10',
      text: 'The Chair advised that the Slipway Users Forum met on 19th May and considered the winter berthing rota.',
    });
    const asked = (question: string, chunk = update) =>
      asksAboutMeetingNotHeld(
        analyzeQuestion(question, { now, committees: [] }),
        [{ chunk, score: 1 }],
        store,
        undefined,
      );
    expect(await asked('what did the slipway users forum look at in its may 2031 meeting?')).toBe(false);
    // The forum's sitting told of another month, or another body's sitting, holds no May meeting of it.
    expect(await asked('what did the slipway users forum look at in its april 2031 meeting?')).toBe(true);
    expect(await asked('what did the lifeboat crew forum look at in its may 2031 meeting?')).toBe(true);
  });

  it("does not let a sitting's agenda stand for its record of who was absent or sent apologies", async () => {
    const agenda = testChunk({
      committee: 'Town Council',
      meetingDate: '2037-03-16',
      kind: 'agenda',
      text: '1. Apologies for absence. 4. Bollards: to receive a verbal update on the bollards from the Town Clerk.',
    });
    const january = testChunk({
      committee: 'Town Council',
      meetingDate: '2037-01-19',
      kind: 'minutes',
      text: 'Apologies: Councillors Winifred Astbury and Caspar Mellor. Absent: Councillor Delphine Roscoe',
    });
    const papers = {
      latestMeetingDate: async (onOrBefore: string) =>
        onOrBefore >= '2037-03-16' ? '2037-03-16' : onOrBefore >= '2037-01-19' ? '2037-01-19' : undefined,
      meetingChunks: async (meetingDate: string) =>
        meetingDate === '2037-03-16' ? [agenda] : meetingDate === '2037-01-19' ? [january] : [],
    };
    const asked = (question: string) =>
      asksAboutMeetingNotHeld(
        analyzeQuestion(question, { now: new Date('2037-06-01T12:00:00Z'), committees: [] }),
        [
          { chunk: january, score: 1 },
          { chunk: agenda, score: 0.5 },
        ],
        papers,
        undefined,
      );
    expect(await asked('which councillor was absent from the town council in March 2037?')).toBe(true);
    expect(await asked('who sent apologies to the town council in March 2037?')).toBe(true);
    expect(await asked('which councillor was absent from the town council in January 2037?')).toBe(false);
    // What the sitting is to take, and who is to present an item, its agenda does say.
    expect(await asked('what will the town council take in March 2037?')).toBe(false);
    expect(await asked('who presented the bollards update to the town council in March 2037?')).toBe(false);
  });

  it('keeps open the minutes of an earlier sitting, which the next sitting approves and names', async () => {
    const approval = testChunk({
      committee: 'Harbour Board',
      meetingDate: '2031-03-04',
      kind: 'minutes',
      text: 'Resolved: That the minutes of the previous meeting, held on 4 February 2031, be approved as a correct record.',
    });
    const asked = (question: string) =>
      asksAboutMeetingNotHeld(
        analyzeQuestion(question, { now, committees: [] }),
        [{ chunk: approval, score: 1 }],
        store,
        undefined,
      );
    expect(await asked('were the minutes of the 4 february 2031 meeting agreed?')).toBe(false);
    // What the earlier sitting itself resolved only its own record says.
    expect(await asked('what was resolved at the 4 february 2031 meeting?')).toBe(true);
  });

  it("does not let another body's sitting that month hold the decision asked of the body the passages are of", async () => {
    // The harbour board met in September and planned its December item; only a trust met in December.
    const september = testChunk({
      committee: 'Board of Commissioners',
      meetingDate: '2031-09-11',
      kind: 'minutes',
      text: 'Action: Harbour Master to bring a costed option for a day visitor pontoon to the December meeting.',
    });
    const trust = testChunk({ committee: 'Board of Trustees', meetingDate: '2031-12-06', text: 'Grants were agreed.' });
    const held = {
      latestMeetingDate: async (onOrBefore: string) =>
        onOrBefore >= '2031-12-06' ? '2031-12-06' : onOrBefore >= '2031-09-11' ? '2031-09-11' : undefined,
      meetingChunks: async (meetingDate: string) => (meetingDate === '2031-12-06' ? [trust] : [september]),
    };
    const asked = (question: string, passages = [september, trust]) =>
      asksAboutMeetingNotHeld(
        analyzeQuestion(question, { now: new Date('2032-06-01T12:00:00Z'), committees: [] }),
        passages.map((chunk, index) => ({ chunk, score: 1 - index / 10 })),
        held,
        undefined,
      );
    const decided = 'what did the harbour commissioners decide about the pontoon at their December 2031 meeting?';
    expect(await asked(decided)).toBe(true);
    // The best passage's own body sitting that month keeps it open, as does a question the plan may answer.
    expect(await asked(decided, [trust, september])).toBe(false);
    expect(await asked('what will the harbour commissioners look at in their December 2031 meeting?')).toBe(false);
  });
});
