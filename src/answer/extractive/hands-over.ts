// "I think the Minister for Transport will be able to respond to the ferry question.", "perhaps it might be helpful if
// Dr Vane could say something", "I'll ask my official to answer that", "I'll bring in Ms Orr": a witness passes the
// question to someone beside them. The sentence says nothing of the topic; the turn that follows answers it.
const toAnother =
  /\b(?:the (?:deputy |cabinet )?(?:minister|secretary|director|commissioner|chief \w+|head of \w+)|my (?:colleague|official|deputy)|(?!(?:We|They|It|This|That|He|She|You|There|So|And|But|Well|Yes|No|Okay|Chair)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){0,2})\b[^.?!]{0,80}?\b(?:will|would|could|can|may|might)\s+(?:be (?:able|best placed|better placed|happy) to |(?:want|like|wish) to )?(?:respond|answer|reply|say (?:something|more)|add (?:to (?:that|this)|something)|explain|pick (?:that|this|it) up|come in)\b/;
const askingAnother =
  /\b(?:I(?:'ll| will| would| could| might)|let me|can I|may I)\s+(?:just\s+)?(?:ask|invite|bring in|hand (?:over )?to|pass (?:over )?to|turn to|defer to)\b[^.?!]{0,60}?\b(?:to (?:respond|answer|reply|explain|add|say)|on (?:that|this)|[A-Z][a-z]+)\b/;

/** Whether a sentence passes the question put to the speaker to someone else, who answers next. */
export function handsOver(sentence: string): boolean {
  const text = sentence.trim();
  return toAnother.test(text) || askingAnother.test(text);
}
