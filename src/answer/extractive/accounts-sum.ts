// Accounts and payment schedules print sums with their pence and no currency sign ("Hedgerow Ltd – verge
// trimming 212.40", "Total 1458.24 134.56 1592.80"): a figure with two decimal places is a sum there. Not a
// paragraph or item number opening a line or typed after its label ("4.12 The council…", "item 10.15"), a clock
// time ("7.30pm", "at 10.00", "10.00 am"), a share ("12.50%") or part of a longer number ("5.12.1").
const accountsSum =
  /(?<!^[^\S\n]*|\b(?:para(?:graph)?s?|sections?|items?|minutes?|pages?|pp?|no|at|by|from|until|till|to|between|and)\.?[^\S\n]+)(?<![\d.,/:])(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d.%]|[^\S\n]?(?:[ap]\.?m\b|hrs?\b|hours?\b))/im;

/** Whether the text prints a sum as accounts do: pounds and pence with no currency sign. */
export function printsAccountsSum(text: string): boolean {
  return accountsSum.test(text);
}
