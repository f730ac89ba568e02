import { escapeMrkdwn } from './escape-mrkdwn.js';

// Private-use characters stand in for Slack markup while the markdown around them is rewritten.
const boldMark = '\uE000';
const linkMark = '\uE001';

/** Converts the markdown an answerer writes into Slack mrkdwn: headings, bold, italics, lists, links, quotes. */
export function markdownToMrkdwn(markdown: string): string {
  let inFence = false;
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      if (/^\s*```/.test(line)) {
        inFence = !inFence;
        return line.trim();
      }
      return inFence ? escapeMrkdwn(line) : convertLine(line);
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function convertLine(line: string): string {
  const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  if (heading) return `*${convertInline(heading[1] ?? '').replaceAll('*', '')}*`;
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return '';
  const quote = /^\s*>\s?(.*)$/.exec(line);
  if (quote) return `>${convertInline(quote[1] ?? '')}`;
  const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
  if (bullet) return `${indent(bullet[1] ?? '')}• ${convertInline(bullet[2] ?? '')}`;
  const numbered = /^(\s*)(\d+)[.)]\s+(.*)$/.exec(line);
  if (numbered) return `${indent(numbered[1] ?? '')}${numbered[2]}. ${convertInline(numbered[3] ?? '')}`;
  return convertInline(line);
}

function indent(whitespace: string): string {
  return '    '.repeat(Math.floor(whitespace.replace(/\t/g, '  ').length / 2));
}

function convertInline(text: string): string {
  // Code spans are literal in both dialects, so only the text between them is rewritten.
  return text
    .split(/(`[^`]*`)/)
    .map((segment) =>
      segment.startsWith('`') && segment.endsWith('`') && segment.length > 1 ? segment : convertProse(segment),
    )
    .join('');
}

function convertProse(text: string): string {
  const links: string[] = [];
  const withoutLinks = text.replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_match, label: string, url: string) => {
    links.push(`<${url.replace(/[<>|]/g, encodeURIComponent)}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`);
    return `${linkMark}${links.length - 1}${linkMark}`;
  });
  return escapeMrkdwn(withoutLinks)
    .replace(/\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*/g, `${boldMark}_$1_${boldMark}`)
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, `${boldMark}$1${boldMark}`)
    .replace(/__(?=\S)(.+?)(?<=\S)__/g, `${boldMark}$1${boldMark}`)
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1_$2_')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '~$1~')
    .replaceAll(boldMark, '*')
    .replace(new RegExp(`${linkMark}(\\d+)${linkMark}`, 'g'), (_match, index: string) => links[Number(index)] ?? '');
}
