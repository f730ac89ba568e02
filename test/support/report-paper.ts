/** An invented officer report in the bundled papers' layout: a summary sheet, then the body. */
export function reportPaper({
  title,
  exempt,
  body,
  meeting = '05 March 2024',
}: {
  title: string;
  exempt: 'Yes' | 'No';
  body: string;
  meeting?: string;
}): string {
  return [
    'Committee Name and Date of Committee Meeting',
    '',
    `Improving Lives Select Commission – ${meeting}`,
    '',
    'Report Title',
    '',
    title,
    '',
    'Report Author(s)',
    '',
    'Jane Doe, Head of Commissioning',
    '',
    // Inline, as table-shaped summary sheets have it.
    `Exempt from the Press and Public: ${exempt}`,
    '',
    `## ${title}`,
    '',
    '### 1. Background',
    '',
    body,
    '',
  ].join('\n');
}

export const exemptReport = reportPaper({
  title: 'Oakridge House Secure Accommodation Contract',
  exempt: 'Yes',
  body: '1.1 The Oakridge House secure accommodation contract would be awarded to the preferred bidder at a weekly bed price of £6,250, subject to final commercial negotiation.',
});

export const publicReport = reportPaper({
  title: 'Oakridge House Fostering Open Day',
  exempt: 'No',
  body: '1.1 The Oakridge House open day for prospective foster carers would be held in the spring, with information about the fostering allowance.',
});
