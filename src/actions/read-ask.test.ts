import { describe, expect, it } from 'vitest';
import { readAsk } from './read-ask.js';

describe('readAsk', () => {
  it('reads what, who and when from a sharing request', () => {
    expect(readAsk('The Peer Review Report be shared with the Commission once it is in the public domain.')).toEqual({
      what: 'The Peer Review Report',
      who: 'the Commission',
      when: 'once it is in the public domain',
    });
  });

  it('reads a further report with a recipient and stops at the subject of the report', () => {
    expect(
      readAsk(
        'That a further report be submitted to a sub-group of the Select Commission with regard to the gap in service related to stalking and harassment.',
      ),
    ).toEqual({ what: 'A further report', who: 'a sub-group of the Select Commission' });
  });

  it('reads a decision in the imperative that sends or fetches something as an ask', () => {
    expect(readAsk('circulate the quarterly vacancy map to all members by 2 February 2034.')).toEqual({
      what: 'circulate the quarterly vacancy map to all members by 2 February 2034',
      when: 'by 2 February 2034',
    });
    expect(readAsk('seek three quotes for a new LED lighting contract and report to the May meeting.')?.when).toBe(
      'to the May meeting',
    );
    expect(readAsk('open round three on 1 April 2034 with a budget of £80,000.')).toBeUndefined();
    expect(readAsk('Approve the budget for 2034/35.')).toBeUndefined();
  });

  it('reads someone asked to bring a plan or to report on something, with its deadline', () => {
    const plan = readAsk(
      'That the Board asks the Head of Leisure to bring a plan on pool hours to the May 2026 meeting.',
    );
    expect(plan?.what).toContain('to bring a plan on pool hours');
    expect(readAsk('Request the Chief Executive to report on solar panels for the depot by June 2026.')).toEqual({
      what: 'the Chief Executive to report on solar panels for the depot by June 2026',
      when: 'by June 2026',
    });
  });

  it('reads reports asked for at an interval, with no article', () => {
    expect(readAsk('The Board noted the report and asked for quarterly bed occupancy updates.')).toEqual({
      what: 'Quarterly bed occupancy updates',
    });
    expect(readAsk('The Board asked for the views of the report’s authors.')).toBeUndefined();
  });

  it('reads a dated deadline', () => {
    expect(
      readAsk('That an update on the SEND sufficiency plan be provided to the Commission by December 2024.'),
    ).toEqual({
      what: 'An update on the SEND sufficiency plan',
      who: 'the Commission',
      when: 'by December 2024',
    });
  });

  it('takes the thing asked for after an earlier approval in the same resolution', () => {
    expect(
      readAsk(
        'That recommendations 1 to 3, as listed within the report, be approved and the report be forwarded to Cabinet for consideration.',
      ),
    ).toEqual({ what: 'The report', who: 'Cabinet' });
  });

  it('reads "request that … be circulated" and "agree that … is provided"', () => {
    expect(
      readAsk('Request that the data relating to the age range for the use of Family Hubs be circulated to members.'),
    ).toEqual({
      what: 'The data relating to the age range for the use of Family Hubs',
      who: 'members',
    });
    expect(
      readAsk("Agree that further information is provided in next year's iteration of the annual report.")?.when,
    ).toBe("in next year's iteration of the annual report");
  });

  it('reads an undertaking in the active voice', () => {
    expect(readAsk('The Cabinet member raises with the commission if anything significant changes.')).toEqual({
      what: 'The Cabinet member raises with the commission if anything significant changes',
      who: 'the commission',
    });
    expect(readAsk('The Leader would raise the depot closure with the Secretary of State.')).toBeDefined();
    // Raising a charge is the decision itself, even with a start date beside it.
    expect(readAsk('The committee agreed to raise the pitch fee from £20 to £25, to take effect on 1 June 2027.')).toBe(
      undefined,
    );
  });

  it("reads a clerk's errands: contacting, chasing up, speaking to, applying for", () => {
    for (const [text, owner] of [
      ['Clerk to contact the plot holders with the new rents.', 'Clerk'],
      ['RW to chase up the second quotation for the bus shelter.', 'RW'],
      ['The Clerk to speak to Mr Orme about the goalposts.', 'The Clerk'],
      ['Cllr Imrie agreed to apply for a grant towards the defibrillator.', 'Cllr Imrie'],
    ] as const) {
      expect(readAsk(text)?.owner).toBe(owner);
    }
  });

  it('ignores resolutions that only note, approve, accept or consider', () => {
    for (const text of [
      'That the report be noted.',
      'That the Work Programme for 2024/2025 be approved.',
      'The Improving Lives Select Commission accept the report and note the progress made.',
      'That consideration be given to streamlining of the survey for the future.',
      'That a further meeting be held on Tuesday, 5th March, 2019 commencing at 5.30 p.m.',
    ]) {
      expect(readAsk(text), text).toBeUndefined();
    }
  });

  it("reads asks in other councils' wording", () => {
    expect(readAsk('Officers to report back to the Committee on the cost of the scheme by March 2025.')).toEqual({
      what: 'Officers to report back to the Committee on the cost of the scheme by March 2025',
      owner: 'Officers',
      who: 'the Committee',
      when: 'by March 2025',
    });
    expect(
      readAsk('Members requested that a report on road safety outside schools be brought to the next meeting.'),
    ).toEqual({ what: 'A report on road safety outside schools', when: 'to the next meeting' });
    expect(readAsk('The Council agreed to write to the Minister regarding the funding shortfall.')).toEqual({
      what: 'The Council agreed to write to the Minister regarding the funding shortfall',
      who: 'the Minister',
    });
  });

  it('reads "once a month" as how often, never as when the ask is due', () => {
    expect(
      readAsk('The library van now calls once a month to match the mobile service. The Clerk to investigate.'),
    ).toEqual({
      what: 'The library van now calls once a month to match the mobile service. The Clerk to investigate',
      owner: 'The Clerk',
    });
    expect(readAsk('Officers to report back once the survey is complete.')?.when).toBe('once the survey is complete');
  });

  it('reads who is to do it: the one undertaking it, or the one asked to, never the body deciding', () => {
    const ownerOf = (text: string) => readAsk(text)?.owner;
    expect(ownerOf('RG to forward the gate quotations to members.')).toBe('RG');
    expect(ownerOf('Cllr Mrs Pennock agreed to write to the bus company.')).toBe('Cllr Mrs Pennock');
    expect(ownerOf('That Councillor Ní Bhriain would write to the festival committee with thanks.')).toBe(
      'Councillor Ní Bhriain',
    );
    expect(ownerOf('The Chairman asked the Clerk to investigate and report back.')).toBe('the Clerk');
    expect(ownerOf('That officers will report back to the Panel by June 2026.')).toBe('officers');
    expect(ownerOf('It was resolved to write to the water company.')).toBeUndefined();
    expect(ownerOf('The Committee will write to the Secretary of State.')).toBeUndefined();
    expect(ownerOf('That a letter be sent to the landowner.')).toBeUndefined();
    expect(
      ownerOf(
        'The A/Senior Executive Engineer said he would consult the contractor and asked Members to email him the locations and he would review same.',
      ),
    ).toBe('The A/Senior Executive Engineer');
    expect(ownerOf('The Chair asked Members to send their comments to the Clerk.')).toBe('Members');
  });

  it('reads asks and owners in every minutes style: action lines, subjunctive proposals, US directions, Irish offices', () => {
    expect(readAsk('ACTION: Head of Parks to report back to the committee at its September meeting.')).toMatchObject({
      owner: 'Head of Parks',
      who: 'the committee',
      when: 'at its September meeting',
    });
    expect(
      readAsk(
        'Proposed by Cllr Halloway, seconded by Cllr Pym, that the council write to the MP about the post office.',
      ),
    ).toMatchObject({ who: 'the MP' });
    expect(readAsk('Members asked that the Director write to the Minister.')?.owner).toBe('the Director');
    expect(
      readAsk('That the survey be noted and the Head of Leisure report back on pool charges at the next meeting.'),
    ).toMatchObject({ owner: 'the Head of Leisure', when: 'at the next meeting' });
    expect(
      readAsk('That the Municipal Manager reports progress on the Qolweni reservoir to every Council meeting.')?.owner,
    ).toBe('the Municipal Manager');
    expect(readAsk('Staff was directed to return with a revised fee schedule by March 15, 2027.')).toMatchObject({
      owner: 'Staff',
      when: 'by March 15, 2027',
    });
    expect(readAsk('Council directed staff to bring back a report on sidewalk vending within 60 days.')).toMatchObject({
      owner: 'staff',
      when: 'within 60 days',
    });
    expect(readAsk('Motion to direct the City Manager to negotiate a lease with the library foundation.')?.owner).toBe(
      'the City Manager',
    );
    expect(readAsk('It was agreed that the Chief Executive to write to the Department of Transport.')).toMatchObject({
      owner: 'the Chief Executive',
      who: 'the Department of Transport',
    });
    expect(readAsk('The Director of Services agreed to arrange a site meeting with residents.')?.owner).toBe(
      'The Director of Services',
    );
    expect(readAsk('Resolved: That officers be instructed to consult the public on parking charges.')?.owner).toBe(
      'officers',
    );
    expect(readAsk('The Chair asked the clerk to put the item on the agenda for the next meeting.')).toMatchObject({
      owner: 'the clerk',
      when: 'for the next meeting',
    });
    expect(readAsk('It was resolved that the Clerk should contact the insurer.')?.owner).toBe('the Clerk');
    expect(readAsk('The shelter glass is cracked again - the Chairman and Clerk will again inspect.')?.owner).toBe(
      'the Chairman and Clerk',
    );
    expect(readAsk('The Chairman and Clerk met the contractor to inspect the goalposts.')).toBeUndefined();
    expect(readAsk('Could the allotments be discussed again - this will be put on the agenda for May.')?.what).toBe(
      'This',
    );
    expect(readAsk('The Committee requested a further report on the culvert in six months.')).toEqual({
      what: 'A further report on the culvert in six months',
      when: 'in six months',
    });
  });

  it('reads a promise in reported speech without its modal, and a meeting as when, never as whom', () => {
    expect(readAsk('Mr. Darcy replied that the lighting review would be brought to the July meeting.')).toEqual({
      what: 'The lighting review',
      when: 'to the July meeting',
    });
    expect(
      readAsk('He proposed that a summary of the route selection be provided to Members and this was seconded.')?.who,
    ).toBe('Members');
    expect(readAsk('REPLY: A report on the junction will be issued shortly.')?.what).toBe('A report on the junction');
    expect(readAsk('REPLY: The Engineer is examining the junction and a further report will be issued.')?.what).toBe(
      'A further report',
    );
  });

  it('reads due dates as councils write them', () => {
    const when = (text: string) => readAsk(text)?.when;
    expect(when('That the budget be presented to Full Council on 14th March for decision.')).toBe('on 14th March');
    expect(when('Clerk to chase the contractors so a decision can be made at the November PC meeting.')).toBe(
      'at the November PC meeting',
    );
    expect(when('The Manager will provide an update to Council in the fall.')).toBe('in the fall');
    expect(when('Staff to return to Council with options for the roof by the end of Q2 2027.')).toBe(
      'by the end of Q2 2027',
    );
    expect(when('To request a further report on the gap to its meeting in October 2027.')).toBe(
      'to its meeting in October 2027',
    );
  });

  it('takes no sentence adverb into an owner', () => {
    expect(readAsk('Meanwhile KT has agreed to send him a copy of the site plan.')?.owner).toBe('KT');
  });

  it('ignores a practice kept, a motion in the indicative, and a body asked to decide', () => {
    for (const text of [
      'The Chairman asked if everyone was happy that minutes continue to be forwarded to the Gazette.',
      'That the Council brings forward its target for net zero from 2040 to 2035.',
      'The Authority was asked to approve an increase of 2% in the precept.',
      'The Panel was asked to note the annual report.',
    ]) {
      expect(readAsk(text), text).toBeUndefined();
    }
  });

  it('reads an office a lowercase word qualifies as the owner, also when a passive condition follows', () => {
    expect(readAsk('The harbour manager will write to the mooring holders about the new fees.')?.owner).toBe(
      'The harbour manager',
    );
    expect(
      readAsk('The yard manager would send the Clerk the rota as soon as a second forklift is made available.')?.owner,
    ).toBe('The yard manager');
    expect(
      readAsk(
        'Agree to submit a bid to the Lottery, jointly with the Trust, for the mill to be included in the scheme.',
      )?.owner,
    ).toBeUndefined();
  });

  it('ignores a determination whose passive lists what it adds, but reads a passive that promises something', () => {
    expect(
      readAsk(
        'The Panel resolved to GRANT the variation in part: (a) late opening is extended to 23:30; (b) the following conditions are added: a personal licence holder on site until close.',
      ),
    ).toBeUndefined();
    expect(readAsk('The following items are included: the boundary wall and the gate.')).toBeUndefined();
    expect(readAsk('That a progress report is submitted to the Panel in October.')?.who).toBe('the Panel');
  });

  it("reads another body's meeting day as no due date", () => {
    const ask = readAsk(
      'The county council were to consider the survey at their meeting on 9 March and a further update would be issued.',
    );
    expect(ask).toBeDefined();
    expect(ask?.when).toBeUndefined();
    expect(readAsk('A further update will be issued on 9 March.')?.when).toBe('on 9 March');
  });

  it("reads a markdown task list's item as the ask after its checkbox, with its owner", () => {
    expect(readAsk('- [ ] Jo Marsh to send the survey to residents by 5 May')).toEqual({
      what: 'Jo Marsh to send the survey to residents by 5 May',
      owner: 'Jo Marsh',
      when: 'by 5 May',
    });
  });

  it('reads a ticked task as done, and an unticked one as still to do', () => {
    expect(readAsk('- [x] Dana Pell to publish the signed minutes of 3 March')).toEqual({
      what: 'Dana Pell to publish the signed minutes of 3 March',
      owner: 'Dana Pell',
      done: true,
    });
    expect(readAsk('- [ ] Dana Pell to publish the signed minutes of 3 March')?.done).toBeUndefined();
  });

  it('reads a task of any verb, its owner and a due meeting after a dash, because its checkbox marks it an action', () => {
    expect(readAsk('- [ ] Omar Lindqvist to report the reserves position for the sea wall — next meeting')).toEqual({
      what: 'Omar Lindqvist to report the reserves position for the sea wall — next meeting',
      owner: 'Omar Lindqvist',
      when: 'next meeting',
    });
    expect(readAsk('ACTION: the Clerk to renew the hall insurance')?.owner).toBe('the Clerk');
    // Without the label it is a sentence, not an action; and members noting something is the meeting's own business.
    expect(readAsk('Omar Lindqvist to report the reserves position for the sea wall')).toBeUndefined();
    expect(readAsk('- [ ] Members to note the revised budget')).toBeUndefined();
  });

  it('reads two who act together as the owner, but not the body that decides', () => {
    expect(readAsk('ACTION: RA and CB to draft the survey questions by 15th May 2034.')?.owner).toBe('RA and CB');
    expect(readAsk('The Committee and the Clerk to write to the bus operator.')?.owner).toBe('the Clerk');
  });

  it('reads when an ask is due from its own sentence, not from a date reported before it', () => {
    const ask = readAsk(
      'Ms Lark reported that occupancy was 91 per cent in October 2035. The Committee noted the update and asked for a further report in March 2036.',
    );
    expect(ask?.when).toBe('in March 2036');
  });
});
