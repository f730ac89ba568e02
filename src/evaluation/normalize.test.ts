import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { factHolds, normalize } from './normalize.js';

// The evaluation's reference, beside the project checkout: ../shared/eval/normalize.mjs.
const referencePath = fileURLToPath(new URL('../../../shared/eval/normalize.mjs', import.meta.url));

const expectations: [string, string][] = [
  ['  Hello,   World  ', 'hello world'],
  ['**Resolved:** - That', 'resolved: - that'],
  ['The 22<sup>nd</sup> November', 'the 22 nd november'],
  ['snake_case `code` # heading', 'snakecase code heading'],
  ['‘single’ “double” ‛reversed’', "'single' \"double\" 'reversed'"],
  // NFKC runs first: a double prime becomes two primes, hence two straight quotes.
  ['5′ 6″', "5' 6''"],
  ['10:00–11:00 — a – b ‑ c − d', '10:00-11:00 - a - b - c - d'],
  ['3,666 concerns, 559 (15%)', '3666 concerns 559 (15%)'],
  ['ﬁgures for ２０２４', 'figures for 2024'],
  ['line\none\r\n\ttabbed', 'line one tabbed'],
  ['<p>Tag</p><br/>text', 'tag text'],
  ['', ''],
];

const battery = [
  ...expectations.map(([input]) => input),
  'Café NAÏVE',
  'a < b and c > d',
  'x*y_z`#w',
  '\u00a0non-breaking\u2003em space',
  'Council’s “Work Programme” – 2024/25',
  'İstanbul ΣΊΣΥΦΟΣ',
  '①②③ ㎏ Ⅻ',
  '<a href="x">link</a>, <unclosed',
  '  ,,,  ',
];

describe('normalize', () => {
  it.each(expectations)('normalises %j to %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('accepts anything String() accepts, as the reference does', () => {
    expect(normalize(2024 as unknown as string)).toBe('2024');
  });

  const missing = existsSync(referencePath) ? '' : ` (skipped: ${referencePath} is not there)`;
  it.skipIf(missing)(`matches ../shared/eval/normalize.mjs on every string of the battery${missing}`, async () => {
    const reference = (await import(referencePath)) as {
      normalize: (text: string) => string;
      factHolds: (fact: string | string[], text: string) => boolean;
    };
    for (const input of battery) expect(normalize(input), JSON.stringify(input)).toBe(reference.normalize(input));
    for (const fact of ['3666', ['none', 'twenty-seven'], 'Work Programme'] as (string | string[])[]) {
      for (const input of battery) expect(factHolds(fact, input)).toBe(reference.factHolds(fact, input));
    }
  });
});

describe('factHolds', () => {
  it('holds when any alternative occurs in the normalised text', () => {
    expect(factHolds('3,666 concerns', 'There were **3666 concerns** raised.')).toBe(true);
    expect(factHolds(['twenty seven', '27'], 'It delivered 27 sessions.')).toBe(true);
    expect(factHolds(['twenty seven', '28'], 'It delivered 27 sessions.')).toBe(false);
  });
});
