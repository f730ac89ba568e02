import { describe, expect, it } from 'vitest';
import type { Part } from '../../src/core/paper.js';
import { chairNames, onlyPart, parseLayoutFixture } from '../../test/support/parse-corpus-paper.js';

// Invented minutes in layouts of other councils: Scottish, Canadian, Australian and English town councils.
const minutesOf = (name: string): Part => onlyPart(parseLayoutFixture(name), 'minutes');
const items = (part: Part) => part.minutes!.items;

describe('Scottish minutes ("MINUTE of MEETING of the … COMMITTEE")', () => {
  const minutes = minutesOf('scottish-minute.txt');

  it('names the committee that met, not the council printed above it, and its date', () => {
    expect(minutes).toMatchObject({ committee: 'Communities and Housing Committee', meetingDate: '2024-11-12' });
  });

  it('reads the Convener as the chair and the apologies under their label', () => {
    expect(chairNames(minutes)).toEqual(['Catriona Munro']);
    expect(minutes.minutes!.apologies).toEqual(['Mhairi Doig']);
  });

  it('reads "Decision" and "The Committee agreed:" as the resolution heading, and its (i), (ii) list', () => {
    const [, grants, halls] = items(minutes);
    expect(grants!.resolutions.map((resolution) => resolution.number)).toEqual(['i', 'ii', 'iii']);
    expect(grants!.resolutions[1]!.text).toContain('from April 2025');
    expect(halls!.resolved).toBeDefined();
    expect(halls!.resolutions.map((resolution) => resolution.text)).toEqual([
      'to approve the transfer of Glenbraid Hall to its management committee; and',
      'to defer a decision on Inverlochan Hall.',
    ]);
  });
});

describe('Canadian minutes (title block, numbered sub-items, "Moved by" … "Carried")', () => {
  const minutes = minutesOf('canadian-committee-minutes.txt');

  it('reads the body and the month-first date from the title block', () => {
    expect(minutes).toMatchObject({ committee: 'Committee of the Whole', meetingDate: '2024-10-08' });
    expect(minutes.minutes!.apologies).toEqual(['L. Gauthier']);
  });

  it('splits "3.1", "3.2" sub-items under their heading', () => {
    expect(items(minutes).map((item) => item.number)).toEqual(['1', '2', '2.1', '3', '3.1', '3.2']);
    expect(items(minutes)[4]!.title).toBe('Sidewalk Snow Clearing Service Levels (Report PW-2024-12)');
  });

  it('keeps a motion whole: mover, seconder, its wording and list, the recorded vote and the outcome', () => {
    const [carried] = items(minutes)[4]!.resolutions;
    expect(carried!.text).toMatch(/^Moved by Councillor Osei Seconded by Councillor Marchetti That Committee/);
    expect(carried!.text).toContain('2. Direct staff to cost the service by February 2025.');
    expect(carried!.text).toMatch(/Opposed: Councillor Tremblay Carried$/);
    expect(items(minutes)[5]!.resolutions.map((resolution) => resolution.text.split(' ').at(-1))).toEqual(['Defeated']);
  });
});

describe('Australian minutes ("RESOLUTION 2024/301", "CARRIED 4/1", "For:" / "Against:")', () => {
  const minutes = minutesOf('australian-council-minutes.txt');

  it('names the council, not the kind of meeting, and reads the Mayor as the chair', () => {
    expect(minutes).toMatchObject({ committee: 'Kooringal Regional Council', meetingDate: '2024-10-16' });
    expect(chairNames(minutes)).toEqual(['Dianne Faulkner']);
    expect(minutes.minutes!.apologies).toEqual([]);
  });

  it('splits 6.1 and 6.2 from their heading, each with its own resolution', () => {
    expect(items(minutes).map((item) => item.number)).toEqual(['1', '6', '6.1', '6.2']);
    const [resolution] = items(minutes)[2]!.resolutions;
    expect(resolution!.text).toMatch(/^RESOLUTION 2024\/301 Moved: Cr Eriksen/);
    expect(resolution!.text).toContain('2. Notes the works will be completed by March 2025.');
    expect(resolution!.text).toMatch(/CARRIED 4\/1 For: Crs Faulkner, Eriksen, Naidu, Moffat Against: Cr Brennan$/);
  });

  it('reads a lost amendment and the motion then put as the amendment’s record', () => {
    const [motion, amendment] = items(minutes)[3]!.resolutions;
    expect(motion!.text).toMatch(/^MOTION Moved: Cr Moffat/);
    expect(amendment!.text).toMatch(/^AMENDMENT .*LOST 2\/3\. The motion was put and CARRIED 5\/0\.$/);
  });
});

describe('English town council minutes ("24/061 Apologies for absence")', () => {
  const minutes = minutesOf('town-council-minutes.txt');

  it('reads minute references as items and the Town Mayor "in the chair" as the chair', () => {
    expect(items(minutes).map((item) => [item.number, item.title])).toEqual([
      ['24/061', 'Apologies for absence'],
      ['24/062', 'Declarations of interest'],
      ['24/063', 'Skate park'],
      ['24/065', 'Christmas lights'],
    ]);
    expect(chairNames(minutes)).toEqual(['S Achebe']);
  });
});
