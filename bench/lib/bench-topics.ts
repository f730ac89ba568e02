/**
 * Topic phrases taken from the dev questions' own wording; varyQuestions swaps one for another so
 * the benchmark asks a thousand different questions in the dev set's style.
 */
export const benchTopics: string[] = [
  'elective home education',
  'safeguarding concerns',
  'young people',
  'the Inspire to Change perpetrator programme',
  'stalking and harassment',
  'Ofsted recommendations',
  'the 2018 Lifestyle Survey',
  'declarations of interest',
  "the Safeguarding Children's Partnership annual report",
  'the Trauma Matters session',
  'the LGA Leaving Care Peer Challenge',
  'Personal Advisors',
  'care leavers',
  'the Preparation for Adulthood scrutiny review',
  'permanent exclusions',
  'Domestic Homicide Reviews',
  'bus fares for pensioners',
  'the new leisure centre in Maltby',
  'the work programme',
  'the Homeless Prevention Fund',
  'an Education Health Care Plan',
  'target hardening appliances',
  'the Safeguarding Adults Board',
  "children's services",
  'pupils',
  'apologies',
];
