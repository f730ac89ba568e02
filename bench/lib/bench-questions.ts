/**
 * Questions a committee member might ask, across the papers' topics and question shapes (figures,
 * decisions, attendance, dates, follow-ups on a period, and some the papers cannot answer), used
 * only to time answering against the benchmark's large index.
 */
export const benchQuestions: string[] = [
  'What progress has been made on the domestic abuse strategy?',
  'How is the council recruiting more foster carers?',
  'What did the Lifestyle Survey say about young people feeling safe?',
  'What are the risks of the looked after children sufficiency strategy?',
  'Who attended the most recent meeting of the commission?',
  'What was resolved about the South Yorkshire Regional Adoption Agency?',
  'Were any declarations of interest made in 2024?',
  'What did members ask about special educational needs and disabilities?',
  'How many children are waiting for an assessment?',
  'What are the financial implications of the SEND sufficiency plan?',
  'What is the council doing about school attendance and exclusions?',
  'What did the commission recommend on care leavers and housing?',
  'When will the next update on the Ofsted action plan come back to the commission?',
  'What is the role of the Safeguarding Adults Board?',
  'What support is available for victims of stalking?',
  'Which items were on the agenda in September 2024?',
  'What questions came from members of the public?',
  'What did the commission say about youth justice?',
  'What was agreed about the work programme for next year?',
  'How much did the council spend on the new swimming pool?',
];
