import { formatShortDate } from '../../core/dates.js';

/** An ISO timestamp as "3 May 2024, 14:05 UTC". */
export function formatTimestamp(isoTimestamp: string): string {
  const moment = new Date(isoTimestamp);
  if (Number.isNaN(moment.getTime())) return isoTimestamp;
  const iso = moment.toISOString();
  return `${formatShortDate(iso)}, ${iso.slice(11, 16)} UTC`;
}
