import { describe, expect, it } from 'vitest';
import { replaceDocSection } from './replace-doc-section.js';

describe('replaceDocSection', () => {
  it('appends a section the document lacks, then replaces it on the next run', () => {
    const first = replaceDocSection('# Benchmarks\n\nHow.\n', 'embedded', '## Embedded\n\n| a |');
    expect(first).toBe(
      '# Benchmarks\n\nHow.\n\n<!-- bench:embedded -->\n## Embedded\n\n| a |\n<!-- /bench:embedded -->\n',
    );
    const withOther = replaceDocSection(first, 'postgres', '## Postgres');
    const second = replaceDocSection(withOther, 'embedded', '## Embedded\n\n| b |');
    expect(second).toContain('| b |');
    expect(second).not.toContain('| a |');
    expect(second.indexOf('bench:embedded')).toBeLessThan(second.indexOf('bench:postgres'));
    expect(second).toContain('## Postgres');
  });
});
