import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../ingest/parse/parse-document.js';
import type { ParsedDocument, Part, PartKind } from '../../src/core/paper.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
/** The folder of invented papers in other councils' and bodies' layouts. */
export const layoutFixtures = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));

/** Parses the bundled paper whose file name starts with `prefix` ("000", "004"…). */
export function parseCorpusPaper(prefix: string): ParsedDocument {
  const name = readdirSync(corpus).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no corpus paper ${prefix}_…`);
  const text = readFileSync(`${corpus}${name}`, 'utf8');
  return parseDocument({ source: `corpus/${name}`, text, sha256: createHash('sha256').update(text).digest('hex') });
}

/** Parses the invented layout fixture of that file name. */
export function parseLayoutFixture(name: string): ParsedDocument {
  const text = readFileSync(`${layoutFixtures}${name}`, 'utf8');
  return parseDocument({ source: name, text, sha256: createHash('sha256').update(text).digest('hex') });
}

/** The names of the members a minutes part marks as chair. */
export function chairNames(part: Part): string[] {
  return part.minutes!.present.filter((member) => member.chair).map((member) => member.name);
}

export function partsOfKind(document: ParsedDocument, kind: PartKind): Part[] {
  return document.parts.filter((part) => part.kind === kind);
}

export function onlyPart(document: ParsedDocument, kind: PartKind): Part {
  const parts = partsOfKind(document, kind);
  if (parts.length !== 1) throw new Error(`expected one ${kind} part, found ${parts.length}`);
  return parts[0]!;
}
