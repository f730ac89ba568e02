const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-10-31" → "31 Oct 2023"; parsed by hand so the server's time zone cannot shift the day. */
export function formatMeetingDate(isoDate: string | null | undefined): string {
  const match = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  if (!match) return 'undated';
  const [, year, month, day] = match;
  const monthName = monthNames[Number(month) - 1];
  if (!monthName) return 'undated';
  return `${Number(day)} ${monthName} ${year}`;
}
