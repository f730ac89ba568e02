import { describe, expect, it } from 'vitest';
import { awaitsVerdictAsked, omitsProcessOutcome, omitsRefusalAsked, omitsVerdictAsked } from './outcome-pending.js';

describe('awaitsVerdictAsked', () => {
  const pending = [
    {
      text: 'A lido safety inspection took place in June 2034, with the formal outcome outstanding, though early feedback was warm.',
      meetingDate: '2034-07-10',
    },
  ];

  it('finds a verdict asked for whose newest word is that it is still to come', () => {
    expect(awaitsVerdictAsked('what rating did the lido get in the june 2034 safety inspection?', pending)).toBe(true);
    expect(awaitsVerdictAsked('what judgement did the lido safety inspection give', pending)).toBe(true);
    const awaiting = [{ text: 'The board was awaiting the inspection report.', meetingDate: '2034-07-10' }];
    expect(awaitsVerdictAsked('how was the lido rated by the inspectors?', awaiting)).toBe(true);
  });

  it('finds a verdict asked of an inspection the newest word says may still come', () => {
    const possible = [
      {
        text: 'There is also the possibility of a Harbour Pilotage Inspection, led by the Marine Board.',
        meetingDate: '2034-07-10',
      },
    ];
    expect(awaitsVerdictAsked('what grade did harbour pilotage get from the marine board', possible)).toBe(true);
    const due = [
      { text: 'The ferry service will be due a full safety visit at some point in 2035.', meetingDate: '2034-07-10' },
    ];
    expect(awaitsVerdictAsked('what rating did the ferry service get at its 2035 safety visit', due)).toBe(true);
  });

  it('accepts a later meeting giving the verdict, and leaves the result or outcome asked, and other questions, alone', () => {
    const later = [...pending, { text: 'The lido was rated good in every area.', meetingDate: '2034-09-18' }];
    expect(awaitsVerdictAsked('what rating did the lido get?', later)).toBe(false);
    expect(awaitsVerdictAsked('when was the lido safety inspection?', pending)).toBe(false);
    expect(awaitsVerdictAsked('what was the outcome of the lido safety inspection', pending)).toBe(false);
    const given = [{ text: 'The inspection outcome was good overall.', meetingDate: '2034-07-10' }];
    expect(awaitsVerdictAsked('what rating did the lido inspection give', given)).toBe(false);
  });

  it("finds a court's or tribunal's ruling asked for while the papers still await the hearing", () => {
    const hearing = [
      {
        text: 'Members noted the forthcoming tribunal hearing brought by the Marsh Anglers Club against the mooring levy.',
        meetingDate: '2034-07-10',
      },
    ];
    expect(awaitsVerdictAsked('what did the tribunal rule on the mooring levy?', hearing)).toBe(true);
    expect(awaitsVerdictAsked('what did the lands tribunal decide about the mooring levy', hearing)).toBe(true);
    expect(awaitsVerdictAsked('who brought the tribunal case on the mooring levy?', hearing)).toBe(false);
    const ruled = [{ text: 'The tribunal upheld the mooring levy in full.', meetingDate: '2034-07-10' }];
    expect(awaitsVerdictAsked('what did the tribunal rule on the mooring levy?', ruled)).toBe(false);
  });
});

describe('awaitsVerdictAsked on the findings of a survey', () => {
  const planned = [
    {
      text: 'PS reported the virtual PPG now has 214 members. The group agreed to run a patient survey on appointment booking in May 2032.',
      meetingDate: '2032-04-22',
    },
  ];

  it('finds the findings asked of a survey the lines say is still to be run', () => {
    expect(awaitsVerdictAsked('what did the patient survey on appointment booking find?', planned)).toBe(true);
    expect(awaitsVerdictAsked('what were the results of the appointment booking survey?', planned)).toBe(true);
    const passive = [{ text: 'A consultation on the lido will be carried out in the spring.', meetingDate: null }];
    expect(awaitsVerdictAsked('what did the lido consultation show?', passive)).toBe(true);
  });

  it('accepts lines printing findings, and leaves other questions alone', () => {
    const found = [
      ...planned,
      { text: 'The survey found 62% of patients preferred booking online.', meetingDate: '2032-07-15' },
    ];
    expect(awaitsVerdictAsked('what did the patient survey on appointment booking find?', found)).toBe(false);
    expect(awaitsVerdictAsked('when will the patient survey run?', planned)).toBe(false);
  });
});

describe('omitsVerdictAsked', () => {
  const visit = [
    'The Director advised that the lido transfer would align the service with the regulator, whose recent visit underscored the need for change.',
  ];

  it('finds a rating asked for that no line prints', () => {
    expect(omitsVerdictAsked('what rating did the regulator give the Wexcombe lido?', visit)).toBe(true);
    expect(omitsVerdictAsked('how was the Wexcombe lido rated by the regulator?', visit)).toBe(true);
  });

  it('accepts a line printing a verdict, and leaves other questions alone', () => {
    expect(
      omitsVerdictAsked('what rating did the regulator give the Wexcombe lido?', ['The lido was rated Good.']),
    ).toBe(false);
    expect(
      omitsVerdictAsked('what grade did the lido get?', ['Inspectors found the lido Requires Improvement overall.']),
    ).toBe(false);
    expect(omitsVerdictAsked('what did the regulator say about the Wexcombe lido?', visit)).toBe(false);
    expect(omitsVerdictAsked('what rating did the regulator give the Wexcombe lido?', [])).toBe(false);
  });
});

describe("omitsVerdictAsked on an auditor's opinion", () => {
  const asked = 'what is the internal audit opinion on the Wendham leisure contract?';

  it('finds an opinion asked for answered by lines that print none', () => {
    const planned = ['The 2040/41 plan includes reviews of the Wendham leisure contract and street lighting.'];
    expect(omitsVerdictAsked(asked, planned)).toBe(true);
    expect(omitsVerdictAsked('what level of assurance did the fleet review give?', ['Fleet: 40 days.'])).toBe(true);
  });

  it('accepts a line that prints the opinion, and leaves other questions alone', () => {
    expect(omitsVerdictAsked(asked, ['Wendham leisure contract | Limited assurance | 2 | 3'])).toBe(false);
    expect(omitsVerdictAsked(asked, ['Wendham leisure contract | Moderate | 1 low'])).toBe(false);
    expect(omitsVerdictAsked('what did the audit plan include?', ['Reviews of street lighting.'])).toBe(false);
  });
});

describe('omitsProcessOutcome', () => {
  it('finds the outcome of a process asked of passages that never name it', () => {
    const approved = 'RESOLVED that Cabinet agree the Commissioning Plan for Education Provision 2025-29';
    const asked = 'what was the outcome of the judicial review into the education commissioning plan?';
    expect(omitsProcessOutcome(asked, [approved], [`Commissioning Plan. ${approved}`])).toBe(true);
    const challenged = 'The plan was challenged by judicial review; the High Court dismissed the claim in May.';
    expect(omitsProcessOutcome(asked, [challenged], [challenged])).toBe(false);
  });

  it('finds the outcome of a process answered only by noting an update on it', () => {
    const noted = 'RESOLVED – That the update be noted.';
    const passage = `Counter Fraud Investigation Update (EXEMPT). ${noted}`;
    const asked = 'what was the outcome of the counter fraud investigations?';
    expect(omitsProcessOutcome(asked, [noted], [passage])).toBe(true);
    const found = 'The investigation found that the grant had been claimed twice and £4,000 was recovered.';
    expect(omitsProcessOutcome(asked, [found, noted], [passage, found])).toBe(false);
  });

  it('leaves the outcome of a report or an item, which may be its noting, alone', () => {
    const noted = 'RESOLVED – That the report be noted.';
    expect(omitsProcessOutcome('what was the outcome of the annual report?', [noted], [noted])).toBe(false);
  });
});

describe('omitsRefusalAsked', () => {
  const responded =
    'The Play Parks Spotlight Review Recommendations were presented to Cabinet on 3 March. Cabinet agreed to respond to the recommendations by May.';
  const refused =
    'The application was refused because the intensification of use of the access lane would harm highway safety.';

  it('holds a refusal the question takes as given against passages that record none', () => {
    expect(omitsRefusalAsked('why did cabinet refuse the play parks recommendations?', [responded])).toBe(true);
    expect(omitsRefusalAsked('why were the play parks recommendations rejected?', [responded])).toBe(true);
  });

  it("reads a figure's decline as no refusal, and a body declining to take part as one", () => {
    const fell = 'Take-up of the play parks declined this year from 72.1% to 69.3%, a steady decline in numbers.';
    expect(omitsRefusalAsked('why did cabinet reject the play parks report?', [fell])).toBe(true);
    const stayedOut = 'The 4 schools that had declined to participate ran their own survey.';
    expect(omitsRefusalAsked('why did four schools decline to take part in the survey?', [stayedOut])).toBe(false);
  });

  it('answers when the passages record the refusal, or the question takes none as given', () => {
    expect(omitsRefusalAsked('why was the Gillside barn conversion turned down?', [refused])).toBe(false);
    expect(omitsRefusalAsked('why did the committee refuse the barn conversion?', [refused])).toBe(false);
    expect(omitsRefusalAsked('why was the highway reason for refusal dropped?', [responded])).toBe(false);
    expect(omitsRefusalAsked('what did cabinet say about the play parks recommendations?', [responded])).toBe(false);
  });
});
