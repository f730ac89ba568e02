import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { splitSegments } from '../../core/sentences.js';
import { contentTerms } from '../../core/tokenize.js';
import { linesOfAskedSection } from './section-lines.js';

function entries(text: string, section: string, question: string, quoted: string): string[] {
  const chunk = testChunk({ kind: 'report', section, text });
  const lines = splitSegments(text);
  const segment = lines.find((line) => line.text.includes(quoted))!;
  return linesOfAskedSection(segment, lines, chunk, contentTerms(question)).map((line) => line.text);
}

describe('linesOfAskedSection', () => {
  const listed = [
    '11. Background Documents',
    '',
    'The Harbour Act 1964 and related port legislation',
    'Coastal Partnership Roadmap',
    'National report "Working Waterfronts"',
    '',
    '12. Appendices',
    '',
    '• Appendix A – Proposed Record Of Decision',
  ].join('\n');

  it('brings the other entries of the section the question names, up to the next heading', () => {
    expect(
      entries(listed, '11. Background Documents', 'what background documents are listed?', 'Working Waterfronts'),
    ).toEqual(['The Harbour Act 1964 and related port legislation', 'Coastal Partnership Roadmap']);
  });

  it('brings nothing when the question does not name the section', () => {
    expect(entries(listed, '11. Background Documents', 'what reports are cited?', 'Working Waterfronts')).toEqual([]);
  });

  it('brings nothing from a section of prose, whose long paragraphs are quoted by the sentence', () => {
    const prose = [
      '2. Key Considerations',
      '',
      '2.1 There are a number of issues these proposals will address.',
      '',
      '2.2 Berths on the inner pontoons are let each spring to residents first and then to visitors, at the rates the harbour board sets in its annual schedule of charges. At 16, sailors may hold a mooring in their own name rather than through a parent. The master keeps a waiting list, which is reviewed each autumn against the register of vessels.',
    ].join('\n');
    expect(entries(prose, '2. Key Considerations', 'what age, per the key considerations?', 'At 16')).toEqual([]);
  });
});
