const formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2023-10-31" → "31 October 2023"; undated papers say so rather than guess. */
export function formatMeetingDate(iso: string | null): string {
  return iso ? formatter.format(new Date(`${iso}T00:00:00Z`)) : 'undated paper';
}
