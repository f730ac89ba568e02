import { describe, expect, it } from 'vitest';
import { useInventedPapersQuorum } from '../../test/support/use-corpus-quorum.js';
import { actions } from './actions.js';

// Invented minutes of two meetings: the first asks for a report to go to Cabinet and for invitations to be
// circulated; the second reports the report presented to Cabinet, only that the festival took place, and survey
// findings forwarded before they were asked for.
const januaryMinutes = [
  'MINUTES of a meeting of the Heritage Scrutiny Committee held at Tanner House on Wednesday, 15 January 2031',
  '',
  'PRESENT: Cllr M Oddie (Chair), Cllr S Brackley, Cllr J Wren',
  '',
  '20. Apologies for Absence',
  '',
  'There were no apologies.',
  '',
  '21. Task and Finish Group Updates',
  '',
  'Consideration was given to the Task Group report on Riverside Play Areas.',
  '',
  'RESOLVED: That recommendations 1 to 4, as listed within the report, be approved and the report be forwarded to Cabinet for consideration and decision.',
  '',
  '22. Lantern Festival',
  '',
  'The Events Officer outlined the plans for the Lantern Festival in the Old Market.',
  '',
  'RESOLVED: That invitations to the Lantern Festival be circulated to the Committee.',
  '',
  '23. Hedgerow Survey',
  '',
  'Members discussed the hedgerow survey along Quarry Lane.',
  '',
  'RESOLVED: That the hedgerow survey findings be forwarded to the Rural Estates Board.',
].join('\n');

const marchMinutes = [
  'MINUTES of a meeting of the Heritage Scrutiny Committee held at Tanner House on Wednesday, 12 March 2031',
  '',
  'PRESENT: Cllr M Oddie (Chair), Cllr S Brackley, Cllr J Wren',
  '',
  '29. Apologies for Absence',
  '',
  'There were no apologies.',
  '',
  '30. Task and Finish Group Updates',
  '',
  'The Chair provided a progress report and the following was noted:',
  '',
  '- The Riverside Play Areas Task Group recommendations were presented to Cabinet on 2 March 2031. Cabinet agreed to respond by May 2031.',
  '',
  'RESOLVED: That the update be noted.',
  '',
  '31. Lantern Festival Review',
  '',
  'The Events Officer reported on the festival and the following was noted:',
  '',
  '- The Lantern Festival took place in the Old Market on 20 February 2031 and over two thousand residents attended.',
  "- The Trust would work with schools to deliver next year's Lantern Festival.",
  '',
  'RESOLVED: That the review be noted.',
  '',
  '32. Hedgerow Survey Follow-up',
  '',
  'The Estates Officer reported the following:',
  '',
  '- The hedgerow survey findings were forwarded to the Rural Estates Board on 4 December 2030, before the survey was discussed here.',
  '',
  'RESOLVED: That the follow-up be noted.',
].join('\n');

describe('what counts as a later paper delivering an ask', () => {
  const quorum = useInventedPapersQuorum({
    'heritage-january.txt': januaryMinutes,
    'heritage-march.txt': marchMinutes,
  });

  it('counts the recommendations presented to Cabinet, the body the report was to go to, as delivered', async () => {
    const list = await actions({ store: quorum().store, retriever: quorum().retriever });
    const cabinet = list.actions.find((action) => /forwarded to Cabinet/.test(action.text));
    expect(cabinet).toMatchObject({ status: 'appears addressed', delivery: { meetingDate: '2031-03-12' } });
    expect(list.citations[(cabinet?.delivery?.cite ?? 0) - 1]?.quote).toMatch(/presented to Cabinet/);
  });

  it('leaves the invitations open when a later passage only says the festival took place', async () => {
    const list = await actions({ store: quorum().store, retriever: quorum().retriever });
    const invitations = list.actions.find((action) => /invitations to the Lantern Festival/i.test(action.text));
    expect(invitations).toMatchObject({ status: 'open' });
    expect(invitations?.delivery).toBeUndefined();
  });

  it('leaves an ask open when the passage that reports it done is dated before the ask', async () => {
    const list = await actions({ store: quorum().store, retriever: quorum().retriever });
    const survey = list.actions.find((action) => /hedgerow survey findings/.test(action.text));
    expect(survey).toMatchObject({ status: 'open' });
  });
});

// Invented minutes of one commission asking for reports to be shared "with the Commission"; a later meeting reports
// one presented to a different commission and one to itself.
const commissionJanuary = [
  'MINUTES of a meeting of the Coastal Services Select Commission held at Tide Hall on Tuesday, 14 January 2031',
  '',
  'PRESENT: Cllr P Amberley (Chair), Cllr R Moss, Cllr T Quill',
  '',
  '39. Apologies for Absence',
  '',
  'There were no apologies.',
  '',
  '40. Beach Hut Licensing',
  '',
  'The Licensing Manager outlined the review of beach hut licences at Gull Point.',
  '',
  'RESOLVED: That the licence review report be shared with the Commission once it is published.',
  '',
  '41. Dune Restoration',
  '',
  'The Countryside Officer described the replanting of marram grass on the north dunes.',
  '',
  'RESOLVED: That the replanting survey report be shared with the Commission once it is published.',
].join('\n');

const commissionMarch = [
  'MINUTES of a meeting of the Coastal Services Select Commission held at Tide Hall on Tuesday, 11 March 2031',
  '',
  'PRESENT: Cllr P Amberley (Chair), Cllr R Moss, Cllr T Quill',
  '',
  '51. Apologies for Absence',
  '',
  'There were no apologies.',
  '',
  '52. Beach Hut Licensing',
  '',
  'The Licensing Manager gave the following update:',
  '',
  '- The outcomes of the licence review were presented to the Harbour Select Commission in February 2031.',
  '',
  'RESOLVED: That the update be noted.',
  '',
  '53. Dune Restoration',
  '',
  'The Countryside Officer gave the following update:',
  '',
  '- The outcomes of the replanting survey were presented to the Coastal Services Select Commission in February 2031.',
  '',
  'RESOLVED: That the update be noted.',
].join('\n');

describe('whom a bare "the Commission" means', () => {
  const quorum = useInventedPapersQuorum({
    'coastal-january.txt': commissionJanuary,
    'coastal-march.txt': commissionMarch,
  });

  it('leaves an ask to the asking commission open when the report went to another commission', async () => {
    const list = await actions({ store: quorum().store, retriever: quorum().retriever });
    const huts = list.actions.find((action) => /Beach Hut Licensing/i.test(action.minuteTitle));
    expect(huts).toMatchObject({ status: 'open' });
  });

  it('counts a report presented to the asking commission by its full name as delivered', async () => {
    const list = await actions({ store: quorum().store, retriever: quorum().retriever });
    const dunes = list.actions.find((action) => /Dune Restoration/i.test(action.minuteTitle));
    expect(dunes).toMatchObject({ status: 'appears addressed', delivery: { meetingDate: '2031-03-11' } });
  });
});
