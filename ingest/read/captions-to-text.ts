import { speakerOf } from '../../src/core/speaker-turns.js';

// A WebVTT file opens with this signature line ("WEBVTT", "WEBVTT - Council captions").
const signature = /^\uFEFF?WEBVTT(?:[ \t].*)?$/;
// SubRip (.srt) opens with a cue number and its timing, the milliseconds after a comma.
const subRipOpening = /^\uFEFF?\s*\d+[ \t]*\n[ \t]*\d{1,2}:\d{2}:\d{2},\d{3}[ \t]+-->[ \t]+\d{1,2}:\d{2}:\d{2},\d{3}/;
const cueTiming = /^(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}/;
// "<v Chair Ingrid Solberg>…" or "<v.loud Tomas Reyes>…": the voice span names who speaks the cue.
const voice = /^<v(?:\.[\w.-]+)?[ \t]+([^>]+)>/;
// Broadcast captions mark a change of speaker with ">>" or a dash before the words or the name.
const speakerChange = /^(?:>>|-)[ \t]*/;

export type CaptionFormat = 'webvtt' | 'subrip';

/** Whether a text file holds captions (WebVTT, or SubRip as .srt files carry) rather than prose. */
export function captionFormat(text: string): CaptionFormat | undefined {
  const newline = text.indexOf('\n');
  if (signature.test(newline === -1 ? text : text.slice(0, newline))) return 'webvtt';
  if (subRipOpening.test(text)) return 'subrip';
  return undefined;
}

/**
 * Captions as a transcript: cue numbers, timings and styling dropped, each speaker's consecutive cues
 * joined into one "Name: words" paragraph, so turns are read (and quoted) as people said them. A cue
 * names its speaker by a voice span or by a "NAME:" label opening its words (as SubRip captions do);
 * a cue naming no one goes on with the last speaker. Captions are speech, so a role printed alone
 * ("CHAIR:") names who speaks. The text of WebVTT NOTE blocks stays as header
 * lines above the turns, where a title or date is looked for.
 */
export function captionsToText(text: string, format: CaptionFormat): string {
  const header: string[] = [];
  const turns: { speaker: string | undefined; words: string[] }[] = [];
  const blocks = text.replace(/^\uFEFF/, '').split(/\n[ \t]*\n/);
  // WebVTT's first block is its signature line and the header settings that follow it.
  for (const block of format === 'webvtt' ? blocks.slice(1) : blocks) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (format === 'webvtt' && /^NOTE\b/.test(lines[0]!)) {
      header.push(...[lines[0]!.replace(/^NOTE\s*/, ''), ...lines.slice(1)].filter((line) => line.trim() !== ''));
      continue;
    }
    const timing = lines.findIndex((line) => cueTiming.test(line));
    if (timing === -1) continue;
    for (const line of lines.slice(timing + 1)) {
      const voiced = voice.exec(line)?.[1]?.trim();
      let words = decodeEntities(line.replace(/<[^>]*>/g, '')).trim();
      let speaker = voiced;
      if (speaker === undefined) {
        const unmarked = words.replace(speakerChange, '');
        const label = speakerOf(unmarked, { spoken: true });
        if (label) {
          speaker = label.speaker;
          words = unmarked.slice(label.length).trim();
        }
      }
      if (words === '') continue;
      const last = turns.at(-1);
      if (last && (speaker === undefined || speaker === last.speaker)) last.words.push(words);
      else turns.push({ speaker, words: [words] });
    }
  }
  const paragraphs = turns.map((turn) => `${turn.speaker ? `${turn.speaker}: ` : ''}${turn.words.join(' ')}`);
  return [...header, ...paragraphs].join('\n\n');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
