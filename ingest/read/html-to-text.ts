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
 *
 * Every walk over the tree is a loop over an explicit stack, never recursion: a page nested 100,000
 * elements deep renders like any other instead of overflowing the call stack.
 */
export function htmlToText(html: string): string {
  // The parser keeps declarations as text, which would leak into the output.
  const markup = html.replace(/<!doctype[^>]*>|<\?xml[^>]*\?>/gi, '');
  const root = parse(markup, { comment: false, blockTextElements: { script: true, style: true, noscript: true } });
  const writer = new BlockWriter();
  const steps: Step[] = [];
  pushChildren(steps, root.childNodes, 0);
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if (typeof step === 'function') step();
    else renderNode(step.node, step.listDepth, writer, steps);
  }
  const body = writer.finish();
  const unprinted = titleNotPrinted(/<title\b[^>]*>([^<]*)<\/title>/i.exec(markup)?.[1], body);
  return unprinted && body !== '' ? `${unprinted}\n\n${body}` : unprinted || body;
}

// A page title joins its parts with dashes, bars or colons: "Minutes - Planning Committee - Tarnley District Council".
const titleSeparator = /\s+[-–—|:]{1,2}\s+/;

/**
 * The parts of the page's `<title>` its body never prints, as one line to open the text: a web page of minutes
 * often names its council, or the committee, only in the title ("Minutes - Planning Committee - Tarnley District
 * Council" over a body that never prints the council), and the parser reads the body that met from the top lines.
 */
function titleNotPrinted(title: string | undefined, body: string): string {
  if (!title) return '';
  const printed = collapseWhitespace(body).toLowerCase();
  // Parsed alone, so its entities ("&amp;") read as the body's do.
  return collapseWhitespace(parse(title).text)
    .split(titleSeparator)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !printed.includes(part.toLowerCase()))
    .join(' - ');
}

/** A node still to render, or something to do once the nodes pushed before it are rendered. */
type Step = { node: Node; listDepth: number } | (() => void);

/** Pushes in reverse so the stack pops them in document order. */
function pushSteps(steps: Step[], items: Step[]): void {
  for (let index = items.length - 1; index >= 0; index -= 1) steps.push(items[index] as Step);
}

function pushChildren(steps: Step[], children: Node[], listDepth: number): void {
  for (let index = children.length - 1; index >= 0; index -= 1) {
    steps.push({ node: children[index] as Node, listDepth });
  }
}

function renderNode(node: Node, listDepth: number, writer: BlockWriter, steps: Step[]): void {
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
    pushSteps(steps, listSteps(node, writer, listDepth));
  } else if (tag === 'li') {
    pushSteps(steps, listItemSteps(node, writer, listDepth, '- '));
  } else if (blockTags.has(tag)) {
    writer.boundary(listDepth > 0);
    steps.push(() => writer.boundary(listDepth > 0));
    pushChildren(steps, node.childNodes, listDepth);
  } else {
    pushChildren(steps, node.childNodes, listDepth);
  }
}

function listSteps(list: HTMLElement, writer: BlockWriter, listDepth: number): Step[] {
  const steps: Step[] = [() => writer.boundary(listDepth > 0)];
  const ordered = list.localName === 'ol';
  let number = Number.parseInt(list.getAttribute('start') ?? '1', 10) || 1;
  for (const child of list.childNodes) {
    if (child instanceof HTMLElement && child.localName === 'li') {
      const value = Number.parseInt(child.getAttribute('value') ?? '', 10);
      if (ordered && Number.isFinite(value)) number = value;
      steps.push(...listItemSteps(child, writer, listDepth, ordered ? `- (${number++}) ` : '- '));
    } else {
      steps.push({ node: child, listDepth: listDepth + 1 });
    }
  }
  steps.push(() => writer.boundary(listDepth > 0));
  return steps;
}

function listItemSteps(item: HTMLElement, writer: BlockWriter, listDepth: number, marker: string): Step[] {
  return [
    () => writer.startLine(`${'  '.repeat(listDepth)}${marker}`),
    ...item.childNodes.map((child) => ({ node: child, listDepth: listDepth + 1 })),
    () => writer.endLine(),
  ];
}

/**
 * Visits the element's descendants in document order without recursion: `enter` says whether to go
 * into an element, and may return what to do after its descendants.
 */
function walkDescendants(element: HTMLElement, visit: (node: Node) => { descend: boolean; after?: () => void }): void {
  const stack: (Node | (() => void))[] = [];
  const pushAll = (children: Node[]) => {
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as Node);
  };
  pushAll(element.childNodes);
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === 'function') {
      item();
      continue;
    }
    const { descend, after } = visit(item);
    if (after) stack.push(after);
    if (descend) pushAll(item.childNodes);
  }
}

function tableLines(table: HTMLElement): string[] {
  const lines: string[] = [];
  walkDescendants(table, (node) => {
    if (!(node instanceof HTMLElement) || node.localName === 'table') return { descend: false };
    if (node.localName === 'tr') {
      const cells = node.childNodes.filter(isCell).map(inlineText);
      if (cells.some((cell) => cell !== '')) lines.push(cells.join('\t'));
      return { descend: false };
    }
    if (node.localName === 'caption') {
      lines.push(inlineText(node));
      return { descend: false };
    }
    return { descend: true };
  });
  return lines;
}

function isCell(node: Node): node is HTMLElement {
  return node instanceof HTMLElement && (node.localName === 'td' || node.localName === 'th');
}

function preformattedLines(pre: HTMLElement): string[] {
  const parts: string[] = [];
  walkDescendants(pre, (node) => {
    if (node.nodeType === NodeType.TEXT_NODE) parts.push(node.text);
    return { descend: node instanceof HTMLElement };
  });
  return parts
    .join('')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
}

/** The element's text on one line, for headings and table cells. */
function inlineText(element: HTMLElement): string {
  const parts: string[] = [];
  walkDescendants(element, (node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      parts.push(node.text);
      return { descend: false };
    }
    if (!(node instanceof HTMLElement) || skippedTags.has(node.localName)) return { descend: false };
    const separated = node.localName === 'br' || blockTags.has(node.localName) || node.localName === 'li';
    if (!separated) return { descend: true };
    parts.push(' ');
    return { descend: true, after: () => parts.push(' ') };
  });
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
