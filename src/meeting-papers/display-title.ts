import { titleCase } from '../core/committee-names.js';

/**
 * A minute or item title for display: a title printed in capitals ("DOMESTIC ABUSE UPDATE") is title-cased,
 * one already in mixed case keeps its acronyms ("Integrated Care Strategy (KCC ICS) Delivery Plan").
 */
export function displayTitle(title: string): string {
  const clean = title.trim().replace(/\s+/g, ' ');
  return /\p{Ll}/u.test(clean) ? clean : titleCase(clean);
}
