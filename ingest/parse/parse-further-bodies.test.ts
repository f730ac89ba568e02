import { describe, expect, it } from 'vitest';
import { chairNames, onlyPart, parseLayoutFixture } from '../../test/support/parse-corpus-paper.js';

// Invented papers of bodies beyond councils' committees (police and crime panels, national park
// authorities, health and wellbeing boards, single-member decisions) and of further councils' layouts.
describe('parseDocument on further bodies and layouts', () => {
  it('reads a panel named with its place, its members listed one a line with their councils, and its item references', () => {
    const minutes = onlyPart(parseLayoutFixture('police-and-crime-panel-minutes.txt'), 'minutes');
    expect(minutes.committee).toBe('Tarnbridge Police and Crime Panel');
    expect(chairNames(minutes)).toEqual(['Meredith Awdry']);
    expect(minutes.minutes!.present.map((member) => member.name)).toContain('Mrs Judith Penrose');
    expect(minutes.minutes!.present).toHaveLength(5);
    const items = minutes.minutes!.items;
    expect(items.map((item) => item.number)).toEqual(['PCP/25/01', 'PCP/25/02', 'PCP/25/03', 'PCP/25/04', 'PCP/25/05']);
    expect(items[2]!.resolutions[0]!.text).toContain('£287.40');
  });

  it('names an authority called by its kind in the header by the full name printed above it', () => {
    const minutes = onlyPart(parseLayoutFixture('national-park-authority-minutes.txt'), 'minutes');
    expect(minutes.committee).toBe('Fellhaven National Park Authority');
    expect(minutes.meetingDate).toBe('2024-12-03');
    expect(chairNames(minutes)).toEqual(['Mr Gordon Ashby']);
    expect(minutes.minutes!.items.map((item) => item.title)).toEqual([
      'Declarations of Interest',
      'Minutes',
      'Fellhaven Local Plan Review - Regulation 19 Consultation',
      'Crag End Peatland Restoration',
      'Car Park Charges',
    ]);
  });

  it('reads a Scottish Sederunt, "Item N" headings and the decision the Committee agreed after a vote', () => {
    const document = parseLayoutFixture('scottish-sederunt-minute.txt');
    expect(document.parts).toHaveLength(1);
    const minutes = onlyPart(document, 'minutes');
    expect(chairNames(minutes)).toEqual(['Fiona Drummond']);
    expect(minutes.minutes!.present).toHaveLength(6);
    const meals = minutes.minutes!.items.find((item) => item.number === '4')!;
    expect(meals.title).toMatch(/^breakfast club expansion$/i);
    expect(meals.resolutions.map((resolution) => resolution.text).join(' ')).toContain(
      'agreed to open a breakfast club',
    );
  });

  it('files markdown minutes under the committee heading over "Minutes of the meeting held on …"', () => {
    const document = parseLayoutFixture('moderngov-minutes-under-heading.md');
    const minutes = onlyPart(document, 'minutes');
    expect(document.parts).toHaveLength(1);
    expect(minutes.committee).toBe('Planning Applications Committee');
    expect(minutes.meetingDate).toBe('2025-03-11');
  });

  it('reads a board whose members are a bulleted list with their posts', () => {
    const minutes = onlyPart(parseLayoutFixture('health-and-wellbeing-board-minutes.md'), 'minutes');
    expect(minutes.committee).toBe('Ashcombe Health and Wellbeing Board');
    expect(minutes.meetingDate).toBe('2025-01-16');
    expect(chairNames(minutes)).toEqual(['Harriet Pryce']);
    expect(minutes.minutes!.present.map((member) => member.name)).toEqual([
      'Harriet Pryce',
      'Dr Nikhil Varma',
      'Steven Moult',
      'Lindsey Ordish',
      'Graham Fenwick',
      'Bola Adeyemi',
    ]);
  });

  it('names a town council by the name over its minutes and finds a decision after the discussion on its line', () => {
    const minutes = onlyPart(parseLayoutFixture('town-council-minute-references.md'), 'minutes');
    expect(minutes.committee).toBe('Hadleigh St Mary Town Council');
    const skatePark = minutes.minutes!.items.find((item) => item.number === '25/114')!;
    expect(skatePark.resolutions[0]!.text).toMatch(/^to defer a decision/);
  });

  it('numbers sub-items in their own case under a capitals heading, each with its own resolution', () => {
    const minutes = onlyPart(parseLayoutFixture('australian-council-resolutions.txt'), 'minutes');
    const offLeash = minutes.minutes!.items.find((item) => item.number === '9.2')!;
    expect(offLeash.title).toBe('Dog Off-Leash Areas');
    expect(offLeash.resolutions.map((resolution) => resolution.text).join(' ')).toContain('Bottlebrush Park only');
  });

  it('reads a one-a-line Present list led by the mayor and names a town by the corporation over its title', () => {
    const minutes = onlyPart(parseLayoutFixture('canadian-town-resolutions.txt'), 'minutes');
    expect(minutes.committee).toBe('Marlow Bay Town Council');
    expect(chairNames(minutes)).toEqual(['Mayor Angela Fairweather']);
    expect(minutes.minutes!.present).toHaveLength(5);
  });

  it("files a single member's decision under the office, not the holder's name, with the letterhead", () => {
    const document = parseLayoutFixture('cabinet-member-decision.txt');
    expect(document.parts).toHaveLength(1);
    const report = onlyPart(document, 'report');
    expect(report.committee).toBe('Cabinet Member for Environment and Climate');
    expect(report.meetingDate).toBe('2025-03-06');
    expect(report.start).toBe(0);
  });

  it('files a decision notice "taken by" a portfolio holder under the office, dated by the decision', () => {
    const report = onlyPart(parseLayoutFixture('portfolio-holder-decision-notice.txt'), 'report');
    expect(report.committee).toBe('Portfolio Holder for Leisure and Open Spaces');
    expect(report.meetingDate).toBe('2025-04-02');
    expect(report.title).toBe('Closing the Brackenfield paddling pool');
  });

  it('reads a bilingual Present list and a bilingual Resolved marker', () => {
    const minutes = onlyPart(parseLayoutFixture('welsh-planning-minutes.txt'), 'minutes');
    expect(chairNames(minutes)).toEqual(['Elin Rhydderch']);
    expect(minutes.minutes!.present.map((member) => member.name)).toEqual([
      'Elin Rhydderch',
      'Aled Pritchard',
      'Gwenllian Morse',
      'Dafydd Ll. Owen',
      'Sian Tudur',
      'Huw Bevan',
    ]);
    expect(minutes.minutes!.items[2]!.resolutions[0]!.text).toMatch(/^To refuse the application/);
  });

  it('reads a frontsheet with the committee over "AGENDA", and the earlier minutes keep their own date', () => {
    const document = parseLayoutFixture('agenda-pack-earlier-minutes.txt');
    expect(document.parts.map((part) => [part.kind, part.meetingDate])).toEqual([
      ['agenda', '2025-03-12'],
      ['minutes', '2025-01-15'],
      ['report', '2025-03-12'],
    ]);
    expect(onlyPart(document, 'agenda').agenda!.items).toHaveLength(4);
  });

  it('names a school\'s governing body, and reads "It was agreed" as its decision', () => {
    const minutes = onlyPart(parseLayoutFixture('school-governing-body-minutes.md'), 'minutes');
    expect(minutes.committee).toBe('Governing Body');
    expect(minutes.meetingDate).toBe('2025-02-04');
    const charges = minutes.minutes!.items.find((item) => item.number === '3')!;
    expect(charges.resolutions[0]!.text).toMatch(/charge would rise from £2\.50 to £3\.00/);
  });

  it('reads a board\'s "Resolution:" label as its decision, ahead of the mover and seconder', () => {
    const minutes = onlyPart(parseLayoutFixture('new-zealand-community-board-minutes.txt'), 'minutes');
    const camping = minutes.minutes!.items.find((item) => item.number === '2')!;
    expect(camping.resolved).toBeDefined();
    expect(camping.resolutions[0]!.text).toMatch(/^That the Ōtāwhiti Community Board recommends/);
  });
});
