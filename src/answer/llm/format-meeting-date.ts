const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2023-10-31" → "31 October 2023"; papers that give no date say so. */
export function formatMeetingDate(isoDate: string | null): string {
  if (!isoDate) return 'date not stated';
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : longDate.format(date);
}
