// "What is the target for …", "what was the reoffending target", "what's the take-up target": a target asked for.
const targetAsked =
  /\bwhat(?:'s|’s|\s+is|\s+was|\s+were|\s+are)?\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,4}?targets?\b/i;
// How papers put a target: the word itself, an aim or ambition, a tolerance, or a purpose with its size ("to boost
// recruitment by a net gain of 15 placements"). "Targeted" (a campaign) and "target hardening" name no target.
const targetPrinted =
  /\btargets?\b(?!\s+harden)|\baim(?:s|ed|ing)?\b|\bambitions?\b|\bgoals?\b|\btolerances?\b|\bto (?:boost|increase|reduce|raise|cut|grow|achieve|reach)\b/i;

/**
 * "What was the reoffending target?" answered by lines that give the rate but no target ("the rate had reduced
 * from 19.8 to 16.1"): the figure quoted is the outturn, and reads as the target the papers do not set.
 */
export function omitsTargetAsked(question: string, lines: string[]): boolean {
  if (!targetAsked.test(question) || lines.length === 0) return false;
  return !lines.some((line) => targetPrinted.test(line));
}
