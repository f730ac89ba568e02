// A WebVTT file opens with this signature line ("WEBVTT", "WEBVTT - Council captions").
const signature = /^\uFEFF?WEBVTT(?:[ \t].*)?$/;
const cueTiming = /^(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}/;
// "<v Chair Ingrid Solberg>…" or "<v.loud Tomas Reyes>…": the voice span names who speaks the cue.
const voice = /^<v(?:\.[\w.-]+)?[ \t]+([^>]+)>/;

/** Whether a text file holds WebVTT captions rather than prose. */
export function isWebVtt(text: string): boolean {
  return signature.test(text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n')));
}

/**
 * Captions as a transcript: cue numbers, timings and styling dropped, each speaker's consecutive cues
 * joined into one "Name: words" paragraph, so turns are read (and quoted) as people said them. The
 * text of NOTE blocks stays as header lines above the turns, where a title or date is looked for.
 */
export function webVttToText(text: string): string {
  const header: string[] = [];
  const turns: { speaker: string | undefined; words: string[] }[] = [];
  for (const block of text.split(/\n[ \t]*\n/).slice(1)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (/^NOTE\b/.test(lines[0]!)) {
      header.push(...[lines[0]!.replace(/^NOTE\s*/, ''), ...lines.slice(1)].filter((line) => line.trim() !== ''));
      continue;
    }
    const timing = lines.findIndex((line) => cueTiming.test(line));
    if (timing === -1) continue;
    for (const line of lines.slice(timing + 1)) {
      const speaker = voice.exec(line)?.[1]?.trim();
      const words = line
        .replace(/<[^>]*>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&nbsp;/g, ' ')
        .trim();
      const last = turns.at(-1);
      if (last && (speaker === undefined || speaker === last.speaker)) last.words.push(words);
      else turns.push({ speaker, words: [words] });
    }
  }
  const paragraphs = turns.map((turn) => `${turn.speaker ? `${turn.speaker}: ` : ''}${turn.words.join(' ')}`);
  return [...header, ...paragraphs].join('\n\n');
}
