/** Plausible council committee names the synthetic corpus spreads its copies across. */
export const benchCommittees: string[] = [
  'Improving Lives Select Commission',
  'Health Select Commission',
  'Improving Places Select Commission',
  'Overview and Scrutiny Management Board',
  'Planning Board',
  'Audit Committee',
  'Licensing Board',
  'Staffing Committee',
  'Standards and Ethics Committee',
  'Health and Wellbeing Board',
  'Adult Care and Housing Scrutiny Panel',
  'Economic Development Committee',
];
