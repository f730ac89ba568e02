import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * A paper's whole text, deflated for the documents table: it is read only whole (briefings,
 * digests, the actions tracker), and plain it was a seventh of the index on disk. Level 1: about
 * a third of the size, a few milliseconds a megabyte on the writing thread.
 */
export function deflateText(text: string): Buffer {
  return deflateRawSync(text, { level: 1 });
}

export function inflateText(deflated: Uint8Array): string {
  return inflateRawSync(deflated).toString('utf8');
}
