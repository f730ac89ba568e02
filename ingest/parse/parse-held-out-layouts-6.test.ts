import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers and transcripts of further layouts (test/fixtures/held-out-layouts-6).
const folder = fileURLToPath(new URL('../../test/fixtures/held-out-layouts-6/', import.meta.url));

function parse(name: string): ParsedDocument {
  const text = readFileSync(`${folder}${name}`, 'utf8');
  return parseDocument({ source: name, text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe('a cabinet member\'s "Record of Decisions", "Decisions taken on <date>"', () => {
  const record = onlyPart(parse('oakhurst-cabinet-member-decisions.txt'), 'minutes');

  it('is the record of the office that decided, dated by the day the decisions were taken', () => {
    expect(record).toMatchObject({
      committee: 'Cabinet Member for Leisure and Green Spaces',
      meetingDate: '2031-07-09',
    });
    expect(record.minutes!.items.map((item) => item.number)).toEqual(['1', '2', '3']);
  });

  it('reads each "Decision:" block, not the "Decision Maker:" line, as what was decided, its lettered list split', () => {
    const [fees, contract] = record.minutes!.items;
    expect(fees!.resolutions.map((resolution) => resolution.number)).toEqual(['a', 'b']);
    expect(fees!.resolutions[1]!.text).toMatch(/^That junior pitch charges be frozen/);
    expect(contract!.resolutions[0]!.text).toMatch(/^That a contract for the three-year tree safety survey/);
  });
});

describe("a joint committee's minutes with its member councils in brackets under its name", () => {
  it('is the joint committee, not the bracketed list of councils', () => {
    expect(onlyPart(parse('three-rivers-joint-waste-committee.txt'), 'minutes')).toMatchObject({
      committee: 'Tri-Valley Joint Waste Committee',
      meetingDate: '2031-03-07',
    });
  });
});

describe('an annual meeting whose business is lettered "A.", "B.", …', () => {
  it('reads each lettered heading as an item, with the election resolved under it', () => {
    const minutes = onlyPart(parse('hollowbrook-annual-council-meeting.txt'), 'minutes');
    expect(minutes.minutes!.items.map((item) => item.number)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(minutes.minutes!.items[0]!.resolutions[0]!.text).toMatch(/Seren Oyelowo be elected Town Mayor/);
  });
});

describe('a recording\'s transcript labelled "Name (00:01:30):" and "Name, Role (00:01:30):"', () => {
  it('names each speaker without the time, the role after a comma kept', () => {
    const transcript = onlyPart(parse('wendlebury-parish-recording.txt'), 'transcript');
    expect(new Set(transcript.turns!.map((turn) => turn.speaker))).toEqual(
      new Set(['Cllr Tabitha Orme', 'Ruairi Banks, Clerk', 'Cllr Wilfred Aske', 'Cllr Marisol Achterberg']),
    );
  });
});

describe('a cabinet pack whose last report is marked "NOT FOR PUBLICATION" above its labels', () => {
  const document = parse('marlow-vale-cabinet-reports-pack.txt');
  const reports = document.parts.filter((part) => part.kind === 'report');

  it('marks that report exempt, and only that one', () => {
    expect(reports.map((report) => report.report!.exempt)).toEqual([null, null, true]);
  });

  it('starts the report at its marking, so the report before it does not end with it', () => {
    const [, parking, depot] = reports;
    expect(document.text.slice(parking!.start, parking!.end)).not.toMatch(/NOT FOR PUBLICATION/);
    expect(document.text.slice(depot!.start, depot!.end)).toMatch(/^NOT FOR PUBLICATION/);
  });
});
