import { describe, expect, it } from 'vitest';
import { listParagraphLabels } from './word-list-labels.js';

// Hand-written WordprocessingML in the shapes Word saves, to pin down how Word counts list numbers.
const namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function level(index: number, format: string, text: string, start = 1, extra = ''): string {
  return `<w:lvl w:ilvl="${index}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

function numbering(abstracts: string[], instances: string[]): string {
  return `<w:numbering ${namespace}>${abstracts.join('')}${instances.join('')}</w:numbering>`;
}

function abstract(id: number, ...levels: string[]): string {
  return `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}</w:abstractNum>`;
}

function instance(numId: number, abstractId: number, startOverride?: number): string {
  const override =
    startOverride === undefined
      ? ''
      : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${startOverride}"/></w:lvlOverride>`;
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${override}</w:num>`;
}

function paragraph(text: string, numId?: number, ilvl = 0, style?: string): string {
  const styleTag = style ? `<w:pStyle w:val="${style}"/>` : '';
  const numberingTag =
    numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
  return `<w:p><w:pPr>${styleTag}${numberingTag}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function body(...paragraphs: string[]): string {
  return `<w:document ${namespace}><w:body>${paragraphs.join('')}</w:body></w:document>`;
}

const labels = (parts: Parameters<typeof listParagraphLabels>[0]) =>
  listParagraphLabels(parts).map((paragraph) => paragraph.label);

describe('listParagraphLabels', () => {
  it('continues a list across paragraphs between its items, from a "set numbering value" start', () => {
    const document = body(
      paragraph('Apologies', 2),
      paragraph('None received.'),
      paragraph('Grants', 2),
      `<w:tbl><w:tr><w:tc>${paragraph('Inside a table', 2)}</w:tc></w:tr></w:tbl>`,
      paragraph('Correspondence', 3),
    );
    const parts = {
      document,
      numbering: numbering([abstract(7, level(0, 'decimal', '%1.'))], [instance(2, 7, 118), instance(3, 7)]),
    };
    expect(labels(parts)).toEqual(['118.', '119.', '120.', '121.']);
    expect(listParagraphLabels(parts)[3]?.key).toBe('correspondence');
  });

  it('restarts a lower level when the level above advances, and fills in the levels above', () => {
    const document = body(
      paragraph('Budget', 1),
      paragraph('Capital', 1, 1),
      paragraph('Revenue', 1, 1),
      paragraph('Fees', 1),
      paragraph('Parking', 1, 1),
      paragraph('Options', 1, 2),
      paragraph('Second option', 1, 2),
    );
    const parts = {
      document,
      numbering: numbering(
        [abstract(0, level(0, 'decimal', '%1'), level(1, 'decimal', '%1.%2'), level(2, 'lowerRoman', '(%3)'))],
        [instance(1, 0)],
      ),
    };
    expect(labels(parts)).toEqual(['1', '1.1', '1.2', '2', '2.1', '(i)', '(ii)']);
  });

  it('formats letters, zero-padded and legal numbering, and gives bullets no label', () => {
    const document = body(
      paragraph('first', 1),
      paragraph('second', 1),
      paragraph('item', 2),
      paragraph('point', 3),
      paragraph('sub', 4),
      paragraph('subsub', 4, 1),
    );
    const parts = {
      document,
      numbering: numbering(
        [
          abstract(0, level(0, 'upperLetter', '%1)', 26)),
          abstract(1, level(0, 'decimalZero', '%1', 7)),
          abstract(2, level(0, 'bullet', '•')),
          abstract(3, level(0, 'upperRoman', '%1.', 4), level(1, 'lowerLetter', '%1.%2', 1, '<w:isLgl/>')),
        ],
        [instance(1, 0), instance(2, 1), instance(3, 2), instance(4, 3)],
      ),
    };
    expect(labels(parts)).toEqual(['Z)', 'AA)', '07', '', 'IV.', '4.1']);
  });

  it("numbers a paragraph through its style, and not when it switches the style's numbering off", () => {
    const styles = `<w:styles ${namespace}>
      <w:style w:type="paragraph" w:styleId="MinuteHeading"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="MinuteHeadingBold"><w:basedOn w:val="MinuteHeading"/></w:style>
    </w:styles>`;
    const document = body(
      paragraph('Welcome', undefined, 0, 'MinuteHeading'),
      paragraph('Not numbered', 0, 0, 'MinuteHeading'),
      paragraph('Play area', undefined, 0, 'MinuteHeadingBold'),
    );
    const parts = {
      document,
      styles,
      numbering: numbering([abstract(4, level(0, 'decimal', 'Minute %1:', 12))], [instance(5, 4)]),
    };
    expect(labels(parts)).toEqual(['Minute 12:', 'Minute 13:']);
  });

  it('reads a document with no numbering part, and skips references to lists it does not define', () => {
    expect(labels({ document: body(paragraph('Plain')) })).toEqual([]);
    expect(labels({ document: body(paragraph('Dangling', 9)), numbering: numbering([], []) })).toEqual([]);
  });
});
