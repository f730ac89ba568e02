import { describe, expect, it } from 'vitest';
import { stem } from '../core/tokenize.js';
import { analyzeQuestion } from './analyze-question.js';

const now = new Date('2025-03-01T12:00:00Z');
const analyze = (question: string, committees: string[] = []) => analyzeQuestion(question, { now, committees });

describe('analyzeQuestion', () => {
  it.each([
    ['What was resolved about the fostering review?', 'resolution'],
    ['What did the commission decide on youth services?', 'resolution'],
    ['What was agreed about the adoption agency?', 'resolution'],
    ['Is there a deadline for the harbour survey?', 'date'],
    ['What is the timetable for the lido repairs?', 'date'],
    // Why it was decided is the reasoning, not the Resolved lines.
    ['Why did the board decide against the quarry extension?', 'general'],
    ['What decisions were taken on the depot lease?', 'resolution'],
    // Work "carried out" is not a motion carried.
    ['What survey work was carried out on the footbridge?', 'general'],
    ['Who attended the meeting in March?', 'attendance'],
    ['Which councillors sent apologies?', 'attendance'],
    // Who stayed away, asked in plain words, is read off the meeting's apologies.
    ['Which governor missed the Brantwell school meeting?', 'attendance'],
    ['Who was not at the Wickmere lighting committee?', 'attendance'],
    ['Was there attendance at the meeting from the fire service?', 'attendance'],
    // Attendance the council measures is a topic, not who came to the meeting.
    ['What was the spring term attendance at Kelbrook Academy?', 'general'],
    ['How has pupil attendance moved since the summer?', 'general'],
    ['What are the attendance rates for year eleven pupils?', 'general'],
    // Presenting a paper is not being present.
    ['What did the housing officer present?', 'general'],
    ['Who will present the harbour dues report?', 'general'],
    ['Was Cllr Hale present at the meeting?', 'attendance'],
    ['When is the next meeting?', 'next-meeting'],
    ['Where was the meeting held?', 'venue'],
    ['How many children were adopted?', 'figure'],
    // A figure counting decisions is no resolution; a question whose verb decides still asks for one.
    ['what share of moorings requests got a decision within five days', 'figure'],
    ['How many planning decisions were overturned on appeal?', 'figure'],
    ['What decision did the harbour board reach on the quay wall?', 'resolution'],
    ['What share of the harbour dues was agreed in the decision?', 'resolution'],
    ['What declarations of interest were made?', 'declarations'],
    ['When did the review finish?', 'date'],
    ['When will the board revisit its decision on the depot?', 'date'],
    ['When is the next planning board meeting?', 'next-meeting'],
    ['Is the depot report a key decision?', 'general'],
    ['Tell me about the youth offer', 'general'],
    ['what came out of the harbour dues item in may', 'resolution'],
    ['What was the outcome of the allotments review?', 'resolution'],
    ['What did members ask for on the parks annual report?', 'resolution'],
    ['what else did members ask for on the parks report, anything on footpaths?', 'resolution'],
    ['what did the panel ask to be sent on from the harbour survey', 'resolution'],
    ['What are the outcomes for looked after children?', 'general'],
    ['Who asked for the footbridge survey?', 'general'],
    ['Did the board sign off the parking strategy?', 'resolution'],
    ['Did the amendment get through?', 'resolution'],
    ['Who wrote the report on school places?', 'author'],
    ['who do I contact about the allotments report?', 'author'],
    ['Who should we get in touch with about the harbour dues paper', 'author'],
    ['who do I contact about the licensing agenda for 4 june?', 'general'],
    ["Who's the clerk of Ashcombe town council?", 'attendance'],
    ['who was the brackenford parish clerk in 2019?', 'attendance'],
    ['Who was their treasurer last year?', 'attendance'],
    ['Who is the democratic services officer for the panel?', 'attendance'],
    ["Who couldn't make the harbour board on 3 May?", 'attendance'],
    ['who missed the lido trust meeting in June', 'attendance'],
    ['Which members were unable to come to the ferry panel?', 'attendance'],
    ['What did the quay survey say about who missed out on moorings?', 'general'],
  ])('reads the intent of "%s" as %s', (question, intent) => {
    expect(analyze(question).intent).toBe(intent);
  });

  it('reads "autumn 2029" and "Christmas 2027" as dates, not topic words', () => {
    expect(analyze('What is planned for the lido in autumn 2029?').dateStems).toEqual(
      expect.arrayContaining([stem('autumn'), '2029']),
    );
    expect(analyze('Which sitting came before Christmas 2027?').dateStems).toContain(stem('christmas'));
  });

  it('reads "back in late 2031" and "mid-2030" as dates, their placing words as neither topic nor date', () => {
    const analysis = analyze('who was the harbour board treasurer back in late 2031?');
    expect(analysis.dateStems).toEqual(['2031']);
    expect(analysis.stems).not.toContain(stem('late'));
    expect(analysis.stems).not.toContain(stem('back'));
    expect(analysis.dateRange).toMatchObject({ since: '2031-09-01', until: '2031-12-31' });
    const mid = analyze('what did the lido survey find in mid-2030?');
    expect(mid.dateStems).toEqual(['2030']);
    expect(mid.stems).not.toContain(stem('mid'));
    // Not part of a date, the same word is the topic's.
    expect(analyze('how many late payments were there?').stems).toContain(stem('late'));
  });

  it('keeps a label saying who asks ("press office query -") out of the topic', () => {
    const analysis = analyze('press office query - what share of lido tickets were sold online?');
    for (const word of ['press', 'office', 'query']) expect(analysis.stems).not.toContain(stem(word));
    expect(analysis.stems).toContain(stem('lido'));
    // A question that merely mentions a query keeps the word.
    expect(analyze('how many queries about the lido were answered?').stems).toContain(stem('queries'));
  });

  it('keeps a role labelled before the question ("union rep here -", "head teacher asking:") out of the topic', () => {
    const topic = (question: string) => analyze(question).stems;
    expect(topic('union rep here - is there a lido staff rota?')).toEqual(['lido', 'staf', 'rota']);
    expect(topic('head teacher asking: is there a lido staff rota?')).toEqual(['lido', 'staf', 'rota']);
    expect(topic('journalist on deadline - is there a lido staff rota?')).toEqual(['lido', 'staf', 'rota']);
    expect(topic('press office - is there a lido staff rota?')).toEqual(['lido', 'staf', 'rota']);
    expect(topic('comms team: is there a lido staff rota?')).toEqual(['lido', 'staf', 'rota']);
    expect(topic('is there a quotable line on the lido staff rota?')).toEqual(['lido', 'staf', 'rota']);
    expect(topic('lido team - who drew up the rota?')).toContain('lido');
    // A topic labelled before the question is the topic, and a role the question asks as is part of what it asks.
    expect(topic('lido rota 2031 - who drew it up?')).toContain('lido');
    expect(topic('as a health partner, how do we refer to the lido?')).toContain(stem('partner'));
  });

  it('reads "what\'s the timescale for X" as asking when X is due, not about timescales', () => {
    const analysis = analyze("what's the timescale for the lido refit?");
    expect(analysis.stems).toEqual(['lido', 'refit']);
    expect(analysis.intent).toBe('date');
    // Timescales the papers report on keep the word ("within timescale").
    expect(analyze('how many lido repairs were done within timescale?').stems).toContain(stem('timescale'));
  });

  it('gives "actually" and "anybody" no evidence weight: how the reader asks, not what about', () => {
    expect(analyze('will anybody actually check the lido audits?').stems).toEqual(['check', 'lido', 'audit']);
  });

  it('reads a leading "name everyone / the … who" as asking for names, keeping "name" when it is the topic', () => {
    expect(analyze('name everyone who sent apologies to the harbour board in july').stems).toEqual([
      stem('apologies'),
      stem('harbour'),
      stem('board'),
      stem('july'),
    ]);
    expect(analyze('can you name the councillors who spoke on the lido?').stems).toEqual([
      stem('councillors'),
      stem('spoke'),
      stem('lido'),
    ]);
    expect(analyze('what is the name of the new lido?').stems).toContain(stem('name'));
  });

  it('keeps "else" ("what else did they ask for") out of the topic', () => {
    expect(analyze('what else did members ask for on the parks report?').stems).toEqual([
      'member',
      'ask',
      'park',
      'report',
    ]);
  });

  it('keeps framing words such as "resolved" and "meeting" out of the topic', () => {
    const analysis = analyze('What was resolved about the fostering review at the last meeting?');
    expect(analysis.words).toEqual(['fostering', 'review']);
    expect(analysis.stems).toEqual(['foster', 'review']);
  });

  it('reads "list the decisions made / taken at" a dated meeting as asking for the meeting, not a topic', () => {
    for (const question of [
      'List the decisions the Harbour Board made on 17 June 2024.',
      'Which decisions were taken on 17 June 2024?',
    ]) {
      const analysis = analyze(question, ['Harbour Board']);
      expect(analysis.intent).toBe('resolution');
      expect(analysis.stems.filter((stem) => !analysis.dateStems.includes(stem))).toEqual([]);
    }
  });

  it('reads "what happens next with X" and "what\'s next for X" as asking what was resolved on X', () => {
    expect(analyze('what happens next with the slipway repairs').intent).toBe('resolution');
    expect(analyze("what's next for the mooring fees review?").intent).toBe('resolution');
    expect(analyze('what happened with the slipway repairs').intent).toBe('general');
  });

  it('keeps "since" out of the topic: it bounds the time, like "after"', () => {
    expect(analyze('What happened with youth justice since March 2023?').words).not.toContain('since');
  });

  it('keeps an acronym typed in capitals even when it spells a framing word', () => {
    expect(analyze('What is the SEND strategy?').words).toEqual(['send', 'strategy']);
    expect(analyze('Who did the chair send the letter to?').words).not.toContain('send');
  });

  it('names the dates as context rather than topic', () => {
    const analysis = analyze('What was said about adoption on 15 January 2019?');
    expect(analysis.dateRange?.anchor).toBe('2019-01-15');
    expect(analysis.dateStems).toEqual(['15', 'januari', '2019']);
  });

  it('finds what a "how many" question counts', () => {
    expect(analyze('How many foster carers were approved in 2023?').countedStems).toEqual(['foster', 'carer']);
    expect(analyze('How many councillors voted against the amendment?').countedStems).toEqual(['councilor']);
    // A thing counted before a modal or a going: "how many wardens will the county hire".
    expect(analyze('how many lock keepers will the trust hire next year?').countedStems).toEqual(['lock', 'keeper']);
    expect(analyze('how many governors went to the open evening').countedStems).toEqual(['governor']);
  });

  it('names a body by the capitalised words its name opens with, when only one name opens so', () => {
    const committees = ['Metropolitan District of Kilbarra', 'Municipal District of Ardmore', 'Planning Committee'];
    expect(analyze('When did the Metropolitan District meet?', committees).committee).toBe(
      'Metropolitan District of Kilbarra',
    );
    expect(analyze('When did the County Council meet?', committees).committee).toBeUndefined();
    // A place alone names none of the bodies whose names share it.
    const policing = [...committees, 'Kilbarra Joint Policing Committee'];
    expect(analyze('How many new officers is Kilbarra getting?', committees).committee).toBe(
      'Metropolitan District of Kilbarra',
    );
    expect(analyze('How many new officers is Kilbarra getting?', policing).committee).toBeUndefined();
    const twoDistricts = [...committees, 'Metropolitan District of Dunmore'];
    expect(analyze('When did the Metropolitan District meet?', twoDistricts).committee).toBeUndefined();
  });

  it('recognises the kind of paper a question names', () => {
    expect(analyze('What is on the work programme for March?').kind).toBe('work-programme');
    expect(analyze('What is on the agenda?').kind).toBe('agenda');
  });

  it('recognises an indexed committee and keeps its words out of the topic', () => {
    const analysis = analyze('What did the Health Select Commission say about dentistry?', [
      'Health Select Commission',
      'Cabinet',
    ]);
    expect(analysis.committee).toBe('Health Select Commission');
    expect(analysis.words).toEqual(['dentistry']);
  });

  it('gives how the question is asked and everyday filler no evidence weight, but still searches on them', () => {
    const analysis = analyze('Summarise the debate and views on school transport - pretty sure it came up');
    expect(analysis.stems).toEqual(['school', 'transport']);
    expect(analysis.words).toContain('debate');
  });

  it('reads a contraction typed without its apostrophe as the question word it is', () => {
    expect(analyze('whats the rent rise for the harbour sheds?').stems).toEqual(['rent', 'rise', 'harbor', 'shed']);
    expect(analyze('whos running the lantern parade').stems).toEqual(['run', 'lantern', 'parad']);
  });

  it('gives "any update / news on" and a negation typed without its apostrophe no evidence weight', () => {
    const analysis = analyze('any update on the quarry lorries? cant find news of it');
    expect(analysis.stems).toEqual(['quarri', 'lorri', 'find']);
    expect(analysis.words).toContain('update');
  });

  it('gives "complain" no evidence weight: how someone spoke, not what about', () => {
    const analysis = analyze('what did Jo Brennick complain about on the ferry timetable?');
    expect(analysis.stems).toEqual(['jo', 'brennick', 'ferri', 'timet']);
    expect(analysis.words).toContain('complain');
  });

  it('leaves "at the moment" and "these days" out: when the reader asks, not what about', () => {
    expect(analyze('which kilns are closed at the moment?').stems).toEqual(['kiln', 'close']);
    expect(analyze('who cleans the ferry slipway these days?').stems).toEqual(['clean', 'ferri', 'slipwai']);
  });

  it('leaves out "per the …" and "set up", but not "per head"', () => {
    expect(analyze('when was the kiln trust set up, per the annual report?').stems).toEqual([
      'kiln',
      'trust',
      'annual',
      'report',
    ]);
    expect(analyze('what is the ferry grant per head?').stems).toContain('per');
  });

  it('leaves out "para" or "paragraph" before a number, but keeps the number and a paragraph asked about', () => {
    expect(analyze('what does para 4.2 of the kiln lease report say?').stems).toEqual([
      '4',
      '2',
      'kiln',
      'leas',
      'report',
    ]);
    expect(analyze('paragraph (3) of the ferry grant terms').stems).not.toContain('paragraph');
    expect(analyze('which paragraphs of the kiln lease are disputed?').stems).toContain('paragraph');
  });

  it('gives "instead" no evidence weight: how the reader weighs options, not what about', () => {
    const analysis = analyze('why did they pick a kiln lease instead of a sale?');
    expect(analysis.stems).not.toContain('instead');
    expect(analysis.words).toContain('instead');
  });

  it('tells names from acronyms, leaving out months, weekdays and titles', () => {
    const analysis = analyze(
      'What did Mr Pennock say on Monday 9 Jan about the May elections and CCTV in Great Snoring?',
    );
    expect(analysis.namedStems).toEqual(['pennock', 'great', 'snore']);
    expect(analysis.acronymStems).toEqual(['9', 'cctv']);
  });

  it('closes up a dotted initialism into the acronym the papers index', () => {
    const analysis = analyze('What did the harbour board say about ferries to P.E.I. this spring?');
    expect(analysis.words).toContain('pei');
    expect(analysis.acronymStems).toEqual(['pei']);
  });

  it('reads two names run together as two words', () => {
    expect(analyze('What did JustinTrudeau say about racism?').words).toEqual(['justin', 'trudeau', 'racism']);
    const known = (word: string) => word === 'macaulay';
    expect(
      analyzeQuestion('What did Lawrence MacAulay say about veterans?', { now, isKnownWord: known }).words,
    ).toEqual(['lawrence', 'macaulay', 'veterans']);
  });

  it('takes the longest committee name typed whole, and never a bare "Council" every council shares', () => {
    const committees = ['Council', 'Special Council', 'Harbourside Parish Council', 'Glenfield Township Council'];
    expect(analyze("Who chaired May's special council session?", committees).committee).toBe('Special Council');
    expect(analyze('What did the parish council decide on the harbour?', committees).committee).toBeUndefined();
    // "township" is a body word: the place alone names the township's council.
    expect(analyze('Who chaired the Glenfield council?', committees).committee).toBe('Glenfield Township Council');
  });

  it('recognises a committee named by one word of its name, in a derived form, typed before "committee"', () => {
    const committees = [
      'Parks and Recreational Amenities Strategic Policy Committee',
      'Roads and Drainage Committee',
      'Drainage Board',
      'Ballyduff Municipal District',
    ];
    const analysis = analyze('What did the recreation committee say about the bowling green?', committees);
    expect(analysis.committee).toBe('Parks and Recreational Amenities Strategic Policy Committee');
    expect(analysis.stems).not.toContain('recreat');
    // Nor is it searched on: it would find the other bodies' passages on recreation before the green.
    expect(analysis.words).not.toContain('recreation');
    expect(analysis.words).toContain('bowling');
    expect(analyze('Has the roads policy committee met since May?', committees).committee).toBe(
      'Roads and Drainage Committee',
    );
    // Two bodies share the word and nothing typed tells them apart: none is guessed.
    expect(analyze('What did the drainage committee decide?', committees).committee).toBeUndefined();
    // A topic word not followed by a body's name names no body.
    expect(analyze('Were recreation grants approved?', committees).committee).toBeUndefined();
    // Another kind of body ("select committee": a parliament's) is not the council's committee of that topic.
    expect(analyze('What evidence went to the recreation select committee?', committees).committee).toBeUndefined();
    // Nor is a committee of a parliament's house, however it is called ("the commons recreation committee").
    expect(analyze('what did we tell the commons recreation committee?', committees).committee).toBeUndefined();
    expect(analyze("what did the lords' recreation committee hear?", committees).committee).toBeUndefined();
  });

  it('keeps the kind of body out of the topic of a next-meeting question', () => {
    expect(analyze('When is the next board meeting?').stems).toEqual([]);
    expect(analyze('When is the next meeting on the harbour board?').stems).toEqual([stem('harbour')]);
  });

  it('keeps "back" as a verb of deciding out of the topic, and not the back lane', () => {
    expect(analyze('Did the parish back the footpath diversion?').stems).not.toContain(stem('back'));
    expect(analyze('Were members backing the new depot?').stems).not.toContain(stem('back'));
    expect(analyze('What was said about the back lane closure?').stems).toContain(stem('back'));
  });

  it('keeps the verb of sitting out of the topic of a next-meeting question', () => {
    const analysis = analyze('When does the council next sit?');
    expect(analysis.intent).toBe('next-meeting');
    expect(analysis.stems).toEqual([]);
    const again = analyze('When do the councillors meet again?');
    expect(again.intent).toBe('next-meeting');
    expect(again.stems).toEqual([]);
    const session = analyze('When does the board meet next after its March 2031 session?');
    expect(session.intent).toBe('next-meeting');
    expect(session.stems).not.toContain(stem('session'));
    // Not a next-meeting question: sitting is its topic.
    expect(analyze('What was said about sitting fees for members?').stems).toContain(stem('sitting'));
    expect(analyze('What was said about the holiday play sessions?').stems).toContain(stem('sessions'));
  });

  it('keeps the framing of a trend question out of its topic', () => {
    expect(analyze('How has the number of allotment plots changed over time?').stems).toEqual([
      'number',
      'allot',
      'plot',
    ]);
    // Not a trend question: the change is the topic.
    expect(analyze('What was said about climate change?').stems).toContain('chang');
  });

  it('reads a body-word name typed inside a longer name as that longer body', () => {
    const committees = ['County Council', 'Cabinet'];
    expect(analyze('How many pupils stood for the youth county council?', committees).committee).toBeUndefined();
    expect(analyze('What did the county council decide on libraries?', committees).committee).toBe('County Council');
    expect(analyze('What did the last county council meeting decide?', committees).committee).toBe('County Council');
  });

  it('recognises a committee named by its distinctive words, typed as a name, and keeps them out of the topic', () => {
    const committees = ['Little Bardfield Parish Council', 'Health Select Commission', 'Cabinet'];
    const analysis = analyze('Did Little Bardfield agree to resurface the car park?', committees);
    expect(analysis.committee).toBe('Little Bardfield Parish Council');
    expect(analysis.words).toEqual(['resurface', 'car', 'park']);
    // One everyday word is no name: "health" here is the topic, not the Health Select Commission.
    expect(analyze('What was said about health visitors?', committees).committee).toBeUndefined();
  });

  it('carries several bodies named side by side, in the order typed, and none named apart', () => {
    const committees = ['Little Bardfield Parish Council', 'Saltmarsh Green Parish Council', 'Cabinet'];
    const several = analyze('what did little bardfield and saltmarsh green each pay for mowing?', committees);
    expect(several.severalBodies).toEqual([
      { name: 'Little Bardfield Parish Council', typed: ['little', 'bardfield'] },
      { name: 'Saltmarsh Green Parish Council', typed: ['saltmarsh', 'green'] },
    ]);
    // One body speaking of the other is one question about one body.
    const apart = analyze("What did Little Bardfield say about Saltmarsh Green's footpath?", committees);
    expect(apart.severalBodies).toBeUndefined();
    expect(analyze('Did Little Bardfield agree the precept?', committees).severalBodies).toBeUndefined();
  });

  it('carries several authorities named side by side by their places', () => {
    const analysis = analyzeQuestion('did harrowfield or westbury get the larger grant?', {
      now,
      authorities: ['Harrowfield Borough Council', 'Westbury Town Council'],
    });
    expect(analysis.severalBodies?.map((body) => body.name)).toEqual([
      'Harrowfield Borough Council',
      'Westbury Town Council',
    ]);
  });

  it('reads a full or extraordinary council as the one council named only by body words', () => {
    const committees = ['Borough Council', 'Planning Board', 'Nether Wallop Parish Council'];
    expect(analyze('Who spoke first when the full council met in March?', committees).committee).toBe(
      'Borough Council',
    );
    expect(analyze('Which members left the extraordinary council meeting early?', committees).committee).toBe(
      'Borough Council',
    );
    // A parish the question names means that parish's own full meeting.
    expect(analyze('Was the Nether Wallop special council meeting quorate?', committees).committee).toBe(
      'Nether Wallop Parish Council',
    );
    // Two councils with no name of their own: which one is meant is not guessed.
    expect(
      analyze('Who spoke first when the full council met in March?', [...committees, 'City Council']).committee,
    ).toBeUndefined();
    expect(analyze('Did the council adopt the tree policy?', committees).committee).toBeUndefined();
  });

  it('does not read a full council typed as where a matter went or came from as the body asked about', () => {
    const committees = ['Borough Council', 'Leisure and Heritage SPC'];
    expect(analyze('who seconded sending the museum plan to full council?', committees).committee).toBeUndefined();
    expect(
      analyze('which notice of motion came from the full council on harbour dues?', committees).committee,
    ).toBeUndefined();
    expect(analyze('who seconded the museum plan at full council?', committees).committee).toBe('Borough Council');
  });

  it('reads a body typed by the capital initials of its whole name, and not initials two bodies share', () => {
    const committees = ['Harbour Safety Policy Board', 'Parks Committee'];
    const analysis = analyze('What did the HSPB decide on moorings?', committees);
    expect(analysis.committee).toBe('Harbour Safety Policy Board');
    expect(analysis.stems).not.toContain('hspb');
    expect(analyze('What did the hspb decide on moorings?', committees).committee).toBeUndefined();
    expect(
      analyze('What did the HSPB decide on moorings?', [...committees, 'Housing Services Performance Board']).committee,
    ).toBeUndefined();
  });

  it('gives an acronym of the committee typed no evidence weight', () => {
    const committees = ['Climate Action Strategic Policy Committee'];
    const analysis = analyze('When is the next climate action SPC?', committees);
    expect(analysis.stems).toEqual([]);
    expect(analysis.intent).toBe('next-meeting');
  });

  it('reads a place typed as the authority whose papers were found, not as a word a passage must print', () => {
    const authorities = ['Wexcombe Town Council', 'Harrowfield Parish Council'];
    const placeOnly = analyzeQuestion('What was said about allotments in Wexcombe?', { now, authorities });
    expect(placeOnly).toMatchObject({ authority: 'Wexcombe Town Council', words: ['allotments'], stems: ['allot'] });
    // Asked with a committee, the place is still searched on: papers name things after it.
    const withCommittee = analyzeQuestion("What did Wexcombe's licensing committee decide on taxi fares?", {
      now,
      authorities,
      committees: ['Licensing Committee'],
    });
    expect(withCommittee).toMatchObject({ authority: 'Wexcombe Town Council', committee: 'Licensing Committee' });
    expect(withCommittee.words).toContain('wexcombe');
    expect(withCommittee.stems).not.toContain(stem('wexcombe'));
    // A place no paper belongs to stays a name the papers must print; a place typed in lower case names none.
    expect(
      analyzeQuestion('What was said about allotments in Ashbourne?', { now, authorities }).authority,
    ).toBeUndefined();
    expect(analyzeQuestion('what was said about wexcombe allotments?', { now, authorities }).authority).toBeUndefined();
  });

  it('reads a place typed in lower case before a council kind as that authority', () => {
    const authorities = ['Wexcombe Town Council', 'Harrowfield Parish Council'];
    expect(
      analyzeQuestion('what has wexcombe town council said about allotments?', { now, authorities }).authority,
    ).toBe('Wexcombe Town Council');
    expect(analyzeQuestion("who chairs harrowfield council's planning?", { now, authorities }).authority).toBe(
      'Harrowfield Parish Council',
    );
  });

  it('names no authority of two sharing the place unless one is typed whole', () => {
    const authorities = ['Hartshire County Council', 'Hartshire Fire and Rescue Authority'];
    expect(
      analyzeQuestion('What did Hartshire decide on the precept?', { now, authorities }).authority,
    ).toBeUndefined();
    expect(
      analyzeQuestion('What did Hartshire Fire and Rescue Authority decide on the precept?', { now, authorities })
        .authority,
    ).toBe('Hartshire Fire and Rescue Authority');
  });

  it('names a day typed without its year as a date, not a topic', () => {
    expect(analyze('Will the board hear anything in private on 12 March?').dateStems).toEqual(['12', 'march']);
  });
});
