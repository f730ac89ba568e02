// "What assurance opinion did the audit of payroll get", "what is the internal audit opinion on …", "what level of
// assurance …": an auditor's graded opinion, a label the papers print or do not.
const asksAssurance =
  /\b(?:assurance\s+(?:opinion|level|rating)|(?:audit(?:or['’]?s)?|assurance)\s+opinion|level\s+of\s+assurance|opinion\s+(?:of|from)\s+(?:the\s+)?(?:internal\s+|external\s+)?audit(?:or)?s?)\b/i;
// The opinion as printed: "Limited assurance", "an unqualified opinion", or a grade alone in a table's row, its
// column heading printed above ("Council Tax | Substantial | 1 low").
const givesAssurance =
  /\b(?:assurance|assured|opinion|unqualified|qualified|adverse|disclaimer|substantial|reasonable|limited|moderate|satisfactory|adequate|partial|minimal|full|good|weak|poor)\b/i;

/**
 * "What is the internal audit opinion on the leisure contract?" answered only by lines that print no opinion (the
 * plan lists a review of it still to come): quoting them reads as the opinion the papers do not give.
 */
export function omitsAssuranceAsked(question: string, lines: readonly string[]): boolean {
  if (!asksAssurance.test(question) || lines.length === 0) return false;
  return !lines.some((line) => givesAssurance.test(line));
}
