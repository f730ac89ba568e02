import { describe, expect, it } from 'vitest';
import { defined } from '../../test/support/defined.js';
import { expectCitationsDated } from '../../test/support/expect-citations-dated.js';
import { useCorpusQuorum } from '../../test/support/use-corpus-quorum.js';
import { isQuorumError } from '../core/errors.js';
import { brief } from './brief.js';
import type { Briefing } from './briefing.js';
import { renderBriefingMarkdown } from './render-briefing-markdown.js';

const corpusQuorum = useCorpusQuorum();
const now = new Date('2023-11-20T09:00:00Z');

const briefFor = (meeting: string) =>
  brief({ store: corpusQuorum().store, retriever: corpusQuorum().retriever, meeting, now });
const citationOf = (briefing: Briefing, n: number) => defined(briefing.citations[n - 1], `citation [${n}]`);

describe('brief', () => {
  it('lists the 5 December 2023 agenda: standing items briefly, substantive items in full', async () => {
    const briefing = await briefFor('2023-12-05');
    expect(briefing).toMatchObject({
      committee: 'Improving Lives Select Commission',
      meetingDate: '2023-12-05',
      time: '10.00 a.m.',
    });
    expect(briefing.standingItems.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '10', '12', '13']);
    expect(briefing.items.map((item) => item.title)).toEqual([
      'Corporate Parenting Panel - Update',
      "Looked After Children's Sufficiency Strategy Update",
      'Domestic Abuse Strategy 2022-2027 Update',
      'Improving Lives Select Commission - Sub and Project Group Updates',
    ]);
    await expectCitationsDated(briefing.citations, corpusQuorum().store);
  });

  it('links the domestic abuse item back to minute 49 of 15 January 2019, dated and cited', async () => {
    const briefing = await briefFor('5 December 2023');
    const item = defined(briefing.items.find((candidate) => candidate.title.startsWith('Domestic Abuse')));
    expect(item.report?.title).toBe('Domestic Abuse Strategy Progress Report');
    const meeting = item.history.find((candidate) => candidate.meetingDate === '2019-01-15');
    const entry = defined(
      meeting?.entries.find((candidate) => candidate.minute === '49'),
      'minute 49 in the history',
    );
    expect(entry.title).toMatch(/Domestic Abuse Update/);
    expect(citationOf(briefing, entry.cite)).toMatchObject({ meetingDate: '2019-01-15', minute: '49' });
    expect(entry.resolutions.some((resolution) => /further report be submitted/.test(resolution.text))).toBe(true);
    const dates = item.history.map((candidate) => candidate.meetingDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.every((date) => date < '2023-12-05')).toBe(true);
    expect(item.openAsks.some((ask) => ask.meetingDate === '2019-01-15' && ask.minute === '49')).toBe(true);
  });

  it('carries key figures from the attached reports, each with its sentence and citation', async () => {
    const briefing = await briefFor('2023-12-05');
    const domesticAbuse = defined(briefing.items.find((item) => item.title.startsWith('Domestic Abuse')));
    const sufficiency = defined(briefing.items.find((item) => item.title.startsWith('Looked After')));
    expect(domesticAbuse.keyFigures.flatMap((figure) => figure.figures)).toEqual(
      expect.arrayContaining(['44%', '91%']),
    );
    expect(sufficiency.keyFigures.flatMap((figure) => figure.figures)).toContain('39%');
    for (const figure of [...domesticAbuse.keyFigures, ...sufficiency.keyFigures]) {
      expect(figure.figures.some((value) => figure.sentence.includes(value))).toBe(true);
      expect(citationOf(briefing, figure.cite)).toMatchObject({ meetingDate: '2023-12-05', partKind: 'report' });
      expect(figure.figures.some((value) => /^(?:19|20)\d\d$/.test(value))).toBe(false);
    }
    expect(domesticAbuse.keyFigures.length).toBeLessThanOrEqual(6);
  });

  it('reports the previous meeting of 31 October 2023: attendance, apologies and follow-ups', async () => {
    const briefing = await briefFor('2023-12-05');
    const previous = defined(briefing.previousMeeting);
    expect(previous.meetingDate).toBe('2023-10-31');
    expect(previous.apologies).toEqual(['Z. Collingham']);
    expect(previous.present).toContain('Pitchley (Chair)');
    const attendance = citationOf(briefing, defined(previous.cite));
    expect(attendance.meetingDate).toBe('2023-10-31');
    expect(attendance.quote).toMatch(/Collingham/);
    expect(previous.followUps.map((ask) => ask.minute)).toContain('125');
    const markdown = renderBriefingMarkdown(briefing);
    expect(markdown).toMatch(/Apologies: Z\. Collingham \[\d+\]/);
  });

  it('covers the Ofsted focused visit item of 17 September 2024 with its report', async () => {
    const briefing = await briefFor('2024-09-17');
    const item = defined(briefing.items.find((candidate) => candidate.title === 'Ofsted Focused Visit Outcome'));
    expect(item.report).toMatchObject({
      title: "Ofsted Focused Visit to Rotherham's Children's Services",
      author: 'Monica Green',
    });
    expect(item.report?.summary?.text).toMatch(/findings from the Ofsted Focused visit/);
    expect(citationOf(briefing, item.cite)).toMatchObject({ meetingDate: '2024-09-17', partKind: 'agenda' });
    expect(briefing.previousMeeting?.meetingDate).toBe('2024-07-30');
    // What the previous meeting decided, item by item, each resolution cited to that meeting.
    const decided = defined(briefing.previousMeeting?.decisions.find((decision) => decision.minute === '18'));
    expect(decided.resolutions.map((resolution) => resolution.text)).toContainEqual(
      expect.stringMatching(/^Accept the CYPS Annual Performance Report/),
    );
    expect(citationOf(briefing, defined(decided.resolutions[0]).cite)).toMatchObject({ meetingDate: '2024-07-30' });
    await expectCitationsDated(briefing.citations, corpusQuorum().store);
  });

  it('renders markdown whose every marker is a listed source', async () => {
    const briefing = await briefFor('next');
    expect(briefing.meetingDate).toBe('2023-12-05');
    const markdown = renderBriefingMarkdown(briefing);
    const markers = [...markdown.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    expect(Math.max(...markers)).toBe(briefing.citations.length);
    for (const citation of briefing.citations) expect(markdown).toContain(`\n${citation.n}. `);
  });

  it('refuses an unknown meeting in one line naming the agendas there are', async () => {
    const failure = await briefFor('2023-12-06').catch((error: unknown) => error);
    expect(isQuorumError(failure, 'not_found')).toBe(true);
    expect((failure as Error).message).toBe(
      'No agenda found for "2023-12-06". Agendas indexed: 2023-12-05 (Improving Lives Select Commission), 2024-09-17 (Improving Lives Select Commission).',
    );
  });
});
