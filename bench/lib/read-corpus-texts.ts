import { basename, relative } from 'node:path';
import { collectInputs } from '../../ingest/read/collect-inputs.js';
import { readInput } from '../../ingest/read/read-input.js';

export interface CorpusText {
  /** A file name unique across the folders, ending .txt (the text as extracted, PDFs included). */
  name: string;
  text: string;
}

/**
 * Every paper and transcript under the folders as text, read as the ingest reads them; files it
 * cannot read are left out, as an ingest would fail them.
 */
export async function readCorpusTexts(folders: string[]): Promise<CorpusText[]> {
  const texts: CorpusText[] = [];
  for (const folder of folders) {
    const { files } = await collectInputs([folder]);
    for (const file of files) {
      // The folders' notes on where their papers came from.
      if (/^(README|SOURCES?)\.md$/i.test(basename(file))) continue;
      try {
        const { text } = await readInput(file);
        const name = `${folders.indexOf(folder)}-${relative(folder, file).replace(/[/\\]/g, '-')}`;
        texts.push({ name: name.replace(/\.[^.]+$/, '.txt'), text });
      } catch {
        // Not a paper (notes, an index of sources, a question set): no copy of it.
      }
    }
  }
  return texts;
}
