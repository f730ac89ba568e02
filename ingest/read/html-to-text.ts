import { HTMLElement, type Node, NodeType, parse } from 'node-html-parser';

// Elements that never hold reading text.
const skippedTags = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'select',
]);

const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'main',
  'nav',
  'p',
  'section',
  'summary',
]);

const headingLevels: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/**
 * Renders HTML as the markdown-ish plain text the .txt papers use: `#` headings, one line per paragraph,
 * `- ` list items (`- (1) ` in ordered lists, the way resolutions are numbered), tab-separated table
 * rows and a blank line between blocks, so one parser handles every input format.
 */
export function htmlToText(html: string): string {
  // The parser keeps declarations as text, which would leak into the output.
  const markup = html.replace(/<!doctype[^>]*>|<\?xml[^>]*\?>/gi, '');
  const root = parse(markup, { comment: false, blockTextElements: { script: true, style: true, noscript: true } });
  const writer = new BlockWriter();
  renderChildren(root, writer, 0);
  return writer.finish();
}

function renderChildren(element: HTMLElement, writer: BlockWriter, listDepth: number): void {
  for (const child of element.childNodes) renderNode(child, writer, listDepth);
}

function renderNode(node: Node, writer: BlockWriter, listDepth: number): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    writer.write(node.text);
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = node.localName;
  if (skippedTags.has(tag)) return;
  const headingLevel = headingLevels[tag];
  if (headingLevel !== undefined) {
    const title = inlineText(node);
    writer.block(title === '' ? [] : [`${'#'.repeat(headingLevel)} ${title}`]);
  } else if (tag === 'br') {
    writer.lineBreak();
  } else if (tag === 'table') {
    writer.block(tableLines(node));
  } else if (tag === 'pre') {
    writer.block(preformattedLines(node));
  } else if (tag === 'ul' || tag === 'ol') {
    renderList(node, writer, listDepth);
  } else if (tag === 'li') {
    renderListItem(node, writer, listDepth, '- ');
  } else if (blockTags.has(tag)) {
    writer.boundary(listDepth > 0);
    renderChildren(node, writer, listDepth);
    writer.boundary(listDepth > 0);
  } else {
    renderChildren(node, writer, listDepth);
  }
}

function renderList(list: HTMLElement, writer: BlockWriter, listDepth: number): void {
  writer.boundary(listDepth > 0);
  const ordered = list.localName === 'ol';
  let number = Number.parseInt(list.getAttribute('start') ?? '1', 10) || 1;
  for (const child of list.childNodes) {
    if (child instanceof HTMLElement && child.localName === 'li') {
      const value = Number.parseInt(child.getAttribute('value') ?? '', 10);
      if (ordered && Number.isFinite(value)) number = value;
      renderListItem(child, writer, listDepth, ordered ? `- (${number++}) ` : '- ');
    } else {
      renderNode(child, writer, listDepth + 1);
    }
  }
  writer.boundary(listDepth > 0);
}

function renderListItem(item: HTMLElement, writer: BlockWriter, listDepth: number, marker: string): void {
  writer.startLine(`${'  '.repeat(listDepth)}${marker}`);
  renderChildren(item, writer, listDepth + 1);
  writer.endLine();
}

function tableLines(table: HTMLElement): string[] {
  const lines: string[] = [];
  const collect = (element: HTMLElement): void => {
    for (const child of element.childNodes) {
      if (!(child instanceof HTMLElement)) continue;
      if (child.localName === 'tr') {
        const cells = child.childNodes.filter(isCell).map(inlineText);
        if (cells.some((cell) => cell !== '')) lines.push(cells.join('\t'));
      } else if (child.localName === 'caption') {
        lines.push(inlineText(child));
      } else if (child.localName !== 'table') {
        collect(child);
      }
    }
  };
  collect(table);
  return lines;
}

function isCell(node: Node): node is HTMLElement {
  return node instanceof HTMLElement && (node.localName === 'td' || node.localName === 'th');
}

function preformattedLines(pre: HTMLElement): string[] {
  return pre.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
}

/** The element's text on one line, for headings and table cells. */
function inlineText(element: HTMLElement): string {
  const parts: string[] = [];
  const collect = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      parts.push(node.text);
    } else if (node instanceof HTMLElement && !skippedTags.has(node.localName)) {
      const separated = node.localName === 'br' || blockTags.has(node.localName) || node.localName === 'li';
      if (separated) parts.push(' ');
      for (const child of node.childNodes) collect(child);
      if (separated) parts.push(' ');
    }
  };
  for (const child of element.childNodes) collect(child);
  return collapseWhitespace(parts.join(''));
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Accumulates inline text into lines, lines into blocks, and blocks into the final text. */
class BlockWriter {
  private readonly blocks: string[] = [];
  private lines: string[] = [];
  private line = '';
  private prefix = '';

  write(text: string): void {
    this.line += text;
  }

  startLine(prefix: string): void {
    this.endLine();
    this.prefix = prefix;
  }

  /** A line with no text yet keeps its prefix, so `<li><p>…</p></li>` still gets its marker. */
  endLine(): void {
    const text = collapseWhitespace(this.line);
    this.line = '';
    if (text === '') return;
    this.lines.push(this.prefix + text);
    this.prefix = '';
  }

  /** `<br><br>` is how many pages separate paragraphs, so a break on an empty line ends the block. */
  lineBreak(): void {
    if (collapseWhitespace(this.line) === '' && this.prefix === '') this.endBlock();
    else this.endLine();
  }

  /** Inside a list, block elements only start a new line so the list stays one block. */
  boundary(insideList: boolean): void {
    if (insideList) this.endLine();
    else this.endBlock();
  }

  endBlock(): void {
    this.endLine();
    if (this.lines.length > 0) this.blocks.push(this.lines.join('\n'));
    this.lines = [];
    this.prefix = '';
  }

  block(lines: string[]): void {
    this.endBlock();
    const kept = lines.filter((line) => line.trim() !== '');
    if (kept.length > 0) this.blocks.push(kept.join('\n'));
  }

  finish(): string {
    this.endBlock();
    return this.blocks.join('\n\n');
  }
}
