import { inflateRawSync } from 'node:zlib';

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
// The end-of-directory record is 22 bytes and may be followed by a comment of up to 65,535.
const endSearchSpan = 22 + 0xffff;

/** Why a zip's parts could not be measured; the caller words it for its own file kind. */
export class UnzipSizeProblem extends Error {
  constructor(
    readonly kind: 'too-large' | 'corrupt',
    message: string,
  ) {
    super(message);
    this.name = 'UnzipSizeProblem';
  }
}

/**
 * The bytes the chosen parts of a zip unpack to, counted by unpacking each part with a ceiling on its
 * output: a zip's own size fields are written by whoever made it, so a crafted archive (a "zip bomb")
 * can claim a few kilobytes and unpack to gigabytes. Inflating under `maxOutputLength` stops at the
 * ceiling whatever the fields say, with memory bounded by it. Throws `too-large` past `limit`.
 */
export function unzippedSize(zip: Buffer, counted: (name: string) => boolean, limit: number): number {
  let total = 0;
  for (const entry of directoryEntries(zip)) {
    if (!counted(entry.name)) continue;
    const remaining = limit - total;
    const data = entryData(zip, entry);
    let size: number;
    if (entry.method === 0) size = data.length;
    else if (entry.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: remaining + 1 }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') size = remaining + 1;
        else throw new UnzipSizeProblem('corrupt', `${entry.name} cannot be unpacked`);
      }
    } else throw new UnzipSizeProblem('corrupt', `${entry.name} uses an unsupported compression method`);
    total += size;
    if (total > limit) throw new UnzipSizeProblem('too-large', `unpacks to more than ${limit} bytes`);
  }
  return total;
}

interface DirectoryEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

function directoryEntries(zip: Buffer): DirectoryEntry[] {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  // A ZIP64 archive marks its offsets with all ones; no Word document comes near 4 GB.
  if (offset === 0xffffffff || count === 0xffff) throw new UnzipSizeProblem('corrupt', 'ZIP64 archives are not read');
  const entries: DirectoryEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== directoryEntrySignature) {
      throw new UnzipSizeProblem('corrupt', 'its zip directory is damaged');
    }
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(zip: Buffer): number {
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - endSearchSpan); offset--) {
    if (zip.readUInt32LE(offset) === endOfDirectorySignature) return offset;
  }
  throw new UnzipSizeProblem('corrupt', 'no zip directory (the file is cut off)');
}

function entryData(zip: Buffer, entry: DirectoryEntry): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > zip.length || zip.readUInt32LE(header) !== localHeaderSignature) {
    throw new UnzipSizeProblem('corrupt', `${entry.name} is damaged`);
  }
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  const finish = start + entry.compressedSize;
  if (finish > zip.length) throw new UnzipSizeProblem('corrupt', `${entry.name} is cut off`);
  return zip.subarray(start, finish);
}
