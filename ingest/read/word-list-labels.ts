import { XMLParser } from 'fast-xml-parser';

/**
 * A paragraph Word numbers automatically, in document order: the label Word draws in front of it
 * ("5.", "23/45", "(b)"; '' for a bullet) and a key of its text to find it again in another reading.
 */
export interface ListParagraph {
  key: string;
  label: string;
}

/** The parts of a .docx package that decide list numbering, as XML text. */
export interface NumberingParts {
  document: string;
  numbering?: string | undefined;
  styles?: string | undefined;
}

interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  /** "Legal" numbering shows every level in decimal, whatever its own format. */
  legal: boolean;
  /** The paragraph style this level numbers, when the list is linked to a style (heading numbering). */
  paragraphStyle?: string;
}

interface NumberingInstance {
  abstractId: string;
  /** Per level: a start value that restarts the count where this instance is first used. */
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDefinition>;
}

interface NumberingDefinitions {
  abstracts: Map<string, { levels: Map<number, LevelDefinition>; styleLink?: string }>;
  instances: Map<string, NumberingInstance>;
}

interface StyleNumbering {
  numId?: string;
  level?: number;
  basedOn?: string;
}

/** One XML element as the order-preserving parser gives it: `{ tag: children, ':@': attributes }`. */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

/**
 * Works out the number Word shows in front of each automatically numbered paragraph. The .docx holds
 * only a reference to a list definition (start value, format, a template like `%1.` or `23/%1`), and
 * the numbers themselves exist only when Word lays the page out; HTML converters emit `<ol>` and lose
 * them, and with them the minute numbers councils cite. Counting follows Word's rules: one counter
 * per list definition shared by every paragraph using it, a "set numbering value" override restarting
 * it, and a level restarting whenever a level above it advances.
 */
export function listParagraphLabels(parts: NumberingParts): ListParagraph[] {
  const definitions = readDefinitions(parts.numbering);
  const styles = readStyleNumbering(parts.styles);
  const counters = new Map<string, number[]>();
  const usedInstances = new Set<string>();
  const labels: ListParagraph[] = [];
  for (const paragraph of paragraphsOf(parts.document)) {
    const reference = effectiveNumbering(paragraph.properties, styles);
    if (!reference) continue;
    const instance = resolveInstance(reference.numId, definitions, styles);
    const abstract = instance && definitions.abstracts.get(instance.abstractId);
    if (!instance || !abstract) continue;
    const levelOf = (level: number) => instance.levelOverrides.get(level) ?? abstract.levels.get(level);
    const level = reference.level ?? styledLevel(abstract.levels, reference.styleId) ?? 0;
    const definition = levelOf(level);
    if (!definition) continue;
    const counter = counters.get(instance.abstractId) ?? [];
    counters.set(instance.abstractId, counter);
    const use = `${reference.numId}:${level}`;
    const override = usedInstances.has(use) ? undefined : instance.startOverrides.get(level);
    usedInstances.add(use);
    const current = counter[level];
    counter[level] = override ?? (current === undefined ? definition.start : current + 1);
    // Levels below this one start again the next time they are used.
    counter.length = level + 1;
    labels.push({ key: textKey(paragraph.text), label: renderLabel(definition, counter, levelOf) });
  }
  return labels;
}

/** The level of a list definition that names the paragraph's style, the way heading numbering is linked. */
function styledLevel(levels: Map<number, LevelDefinition>, styleId: string | undefined): number | undefined {
  if (styleId === undefined) return undefined;
  for (const [level, definition] of levels) if (definition.paragraphStyle === styleId) return level;
  return undefined;
}

/** Letters and digits only, so the same paragraph read by another converter still matches. */
export function textKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

function renderLabel(
  definition: LevelDefinition,
  counter: number[],
  levelOf: (level: number) => LevelDefinition | undefined,
): string {
  if (definition.format === 'bullet') return '';
  return definition.text
    .replace(/%(\d)/g, (_placeholder, digit: string) => {
      const level = Number(digit) - 1;
      const shown = levelOf(level);
      const value = counter[level] ?? shown?.start ?? 1;
      return formatNumber(value, definition.legal ? 'decimal' : (shown?.format ?? 'decimal'));
    })
    .trim();
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    default:
      // decimal, and the rarer formats (ordinal, cardinal text, East Asian counting) shown as digits.
      return String(value);
  }
}

/** Word's letters repeat after z: a … z, aa … zz, aaa … */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let text = '';
  for (const [size, numeral] of numerals) {
    for (; rest >= size; rest -= size) text += numeral;
  }
  return text;
}

function effectiveNumbering(
  properties: XmlNode | undefined,
  styles: Map<string, StyleNumbering>,
): { numId: string; level?: number; styleId?: string } | undefined {
  const settings = properties && contents(properties);
  const numbering = settings && element(settings, 'w:numPr');
  const direct = numbering && contents(numbering);
  const styleId = settings && value(settings, 'w:pStyle');
  const inherited = styleId === undefined ? undefined : styleNumbering(styleId, styles);
  const numId = (direct && value(direct, 'w:numId')) ?? inherited?.numId;
  // numId 0 is how a paragraph switches off the numbering its style would give it.
  if (numId === undefined || numId === '0') return undefined;
  const directLevel = direct && value(direct, 'w:ilvl');
  const level = directLevel === undefined ? inherited?.level : Number(directLevel);
  if (level !== undefined && !(Number.isInteger(level) && level >= 0 && level <= 8)) return undefined;
  return {
    numId,
    ...(level === undefined ? {} : { level }),
    ...(styleId === undefined ? {} : { styleId }),
  };
}

/** A style's numbering, inherited along its `basedOn` chain. */
function styleNumbering(styleId: string, styles: Map<string, StyleNumbering>): StyleNumbering | undefined {
  const seen = new Set<string>();
  let numId: string | undefined;
  let level: number | undefined;
  for (let id: string | undefined = styleId; id !== undefined && !seen.has(id); ) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) break;
    numId ??= style.numId;
    level ??= style.level;
    id = style.basedOn;
  }
  if (numId === undefined) return undefined;
  return level === undefined ? { numId } : { numId, level };
}

/** Follows a list definition that only links to a numbering style, the way Word saves list styles. */
function resolveInstance(
  numId: string,
  definitions: NumberingDefinitions,
  styles: Map<string, StyleNumbering>,
): NumberingInstance | undefined {
  const seen = new Set<string>();
  let instance = definitions.instances.get(numId);
  while (instance && !seen.has(instance.abstractId)) {
    seen.add(instance.abstractId);
    const link = definitions.abstracts.get(instance.abstractId)?.styleLink;
    const linkedNumId = link === undefined ? undefined : styles.get(link)?.numId;
    const linked = linkedNumId === undefined ? undefined : definitions.instances.get(linkedNumId);
    if (!linked) return instance;
    instance = { ...linked, startOverrides: instance.startOverrides, levelOverrides: instance.levelOverrides };
  }
  return instance;
}

function readDefinitions(xml: string | undefined): NumberingDefinitions {
  const definitions: NumberingDefinitions = { abstracts: new Map(), instances: new Map() };
  const root = xml === undefined ? undefined : element(parseXml(xml), 'w:numbering');
  for (const node of root ? contents(root) : []) {
    const name = tagName(node);
    const children = contents(node);
    if (name === 'w:abstractNum') {
      const id = attribute(node, 'w:abstractNumId');
      if (id === undefined) continue;
      const styleLink = value(children, 'w:numStyleLink');
      const levels = new Map<number, LevelDefinition>();
      for (const level of children) readLevel(level, levels);
      definitions.abstracts.set(id, styleLink === undefined ? { levels } : { levels, styleLink });
    } else if (name === 'w:num') {
      const numId = attribute(node, 'w:numId');
      const abstractId = value(children, 'w:abstractNumId');
      if (numId === undefined || abstractId === undefined) continue;
      const instance: NumberingInstance = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
      for (const override of children) {
        const level = Number(attribute(override, 'w:ilvl'));
        if (tagName(override) !== 'w:lvlOverride' || !Number.isInteger(level)) continue;
        const start = Number(value(contents(override), 'w:startOverride'));
        if (Number.isInteger(start)) instance.startOverrides.set(level, start);
        for (const levelNode of contents(override)) readLevel(levelNode, instance.levelOverrides);
      }
      definitions.instances.set(numId, instance);
    }
  }
  return definitions;
}

function readLevel(node: XmlNode, into: Map<number, LevelDefinition>): void {
  if (tagName(node) !== 'w:lvl') return;
  const children = contents(node);
  // A level saved without its index is level 0, as Word reads it.
  const level = Number(attribute(node, 'w:ilvl') ?? 0);
  if (!Number.isInteger(level)) return;
  const start = Number(value(children, 'w:start') ?? 1);
  const paragraphStyle = value(children, 'w:pStyle');
  into.set(level, {
    start: Number.isInteger(start) ? start : 1,
    format: value(children, 'w:numFmt') ?? 'decimal',
    text: value(children, 'w:lvlText') ?? '',
    legal: element(children, 'w:isLgl') !== undefined,
    ...(paragraphStyle === undefined ? {} : { paragraphStyle }),
  });
}

/** Numbering that paragraph styles give their paragraphs (`w:numPr` in a style), by style id. */
function readStyleNumbering(xml: string | undefined): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  const root = xml === undefined ? undefined : element(parseXml(xml), 'w:styles');
  for (const node of root ? contents(root) : []) {
    const id = attribute(node, 'w:styleId');
    if (tagName(node) !== 'w:style' || id === undefined) continue;
    const children = contents(node);
    const settings = element(children, 'w:pPr');
    const numbering = settings && element(contents(settings), 'w:numPr');
    const numId = numbering && value(contents(numbering), 'w:numId');
    const level = numbering && value(contents(numbering), 'w:ilvl');
    const basedOn = value(children, 'w:basedOn');
    styles.set(id, {
      ...(numId === undefined ? {} : { numId }),
      ...(level === undefined ? {} : { level: Number(level) }),
      ...(basedOn === undefined ? {} : { basedOn }),
    });
  }
  return styles;
}

interface DocumentParagraph {
  properties: XmlNode | undefined;
  text: string;
}

/**
 * Every paragraph of the body in document order, tables and content controls included. A text box's
 * paragraphs are read after the paragraph holding it, as mammoth reads them; the alternative rendering
 * Word saves beside a text box is skipped so nothing is counted twice.
 */
function paragraphsOf(xml: string): DocumentParagraph[] {
  const paragraphs: DocumentParagraph[] = [];
  const pending = [...parseXml(xml)].reverse();
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const name = tagName(node);
    if (name === undefined || name === 'mc:Fallback') continue;
    const children = contents(node);
    if (name === 'w:p') {
      paragraphs.push({ properties: element(children, 'w:pPr'), text: paragraphText(children, pending) });
      continue;
    }
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index] as XmlNode);
  }
  return paragraphs;
}

/** The paragraph's own text; paragraphs nested in it (text boxes) are queued to be read after it. */
function paragraphText(children: XmlNode[], pending: XmlNode[]): string {
  const parts: string[] = [];
  const nested: XmlNode[] = [];
  const stack = [...children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const name = tagName(node);
    if (name === undefined || name === 'mc:Fallback' || name === 'w:pPr') continue;
    if (name === 'w:p') {
      nested.push(node);
      continue;
    }
    const grandchildren = contents(node);
    if (name === 'w:t') {
      for (const text of grandchildren) if (typeof text['#text'] === 'string') parts.push(text['#text']);
      continue;
    }
    for (let index = grandchildren.length - 1; index >= 0; index -= 1) stack.push(grandchildren[index] as XmlNode);
  }
  for (let index = nested.length - 1; index >= 0; index -= 1) pending.push(nested[index] as XmlNode);
  return parts.join('');
}

function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[];
}

function tagName(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text');
}

/** An element's child nodes ([] for a text node). */
function contents(node: XmlNode): XmlNode[] {
  const name = tagName(node);
  const children = name === undefined ? undefined : node[name];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

function element(nodes: XmlNode[], name: string): XmlNode | undefined {
  return nodes.find((node) => tagName(node) === name);
}

function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const found = (node?.[':@'] as Record<string, unknown> | undefined)?.[name];
  return typeof found === 'string' ? found : undefined;
}

/** The `w:val` of the first child element of that name. */
function value(nodes: XmlNode[], name: string): string | undefined {
  return attribute(element(nodes, name), 'w:val');
}
