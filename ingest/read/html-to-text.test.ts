import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('renders minutes the way the .txt papers read', () => {
    const html =
      '<h2>41. LIBRARY OPENING HOURS</h2><p>The  report\n was <em>presented</em>.</p>' +
      '<p><strong>Resolved:</strong> That</p><ol><li>the report be noted;</li><li><p>hours be reviewed.</p></li></ol>';
    expect(htmlToText(html)).toBe(
      '## 41. LIBRARY OPENING HOURS\n\nThe report was presented.\n\nResolved: That\n\n' +
        '- (1) the report be noted;\n- (2) hours be reviewed.',
    );
  });

  it('drops the head, scripts, styles, comments and the doctype', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Kept</title><style>p { color: red }</style></head>' +
      '<body><!-- hidden --><script>document.write("<p>no</p>")</script><p>Kept</p></body></html>';
    expect(htmlToText(html)).toBe('Kept');
  });

  it('opens with the parts of the page title the body never prints, such as the council', () => {
    const html =
      '<html><head><title>Minutes - Licensing Committee - Thursday, 3rd May, 2035 - Orlbury Borough Council</title>' +
      '</head><body><h1>Minutes</h1><p>Licensing Committee</p><p>Date: Thursday, 3rd May, 2035</p></body></html>';
    expect(htmlToText(html)).toBe(
      'Orlbury Borough Council\n\n# Minutes\n\nLicensing Committee\n\nDate: Thursday, 3rd May, 2035',
    );
  });

  it('indents nested lists and honours an ordered list start', () => {
    const html = '<ul><li>Parent<ul><li>Child</li></ul></li><li>Sibling</li></ul><ol start="3"><li>Third</li></ol>';
    expect(htmlToText(html)).toBe('- Parent\n  - Child\n- Sibling\n\n- (3) Third');
  });

  it('writes table rows as tab-separated lines, headers and captions included', () => {
    const html =
      '<table><caption>Figures</caption><thead><tr><th>Year</th><th>Cases</th></tr></thead>' +
      '<tbody><tr><td>2022<br>(provisional)</td><td>1,204</td></tr><tr><td></td><td></td></tr></tbody></table>';
    expect(htmlToText(html)).toBe('Figures\nYear\tCases\n2022 (provisional)\t1,204');
  });

  it('turns <br> into a line break and a double <br> into a paragraph break', () => {
    expect(htmlToText('<p>One<br>Two<br><br>Three</p>')).toBe('One\nTwo\n\nThree');
  });

  it('decodes entities', () => {
    expect(htmlToText('<p>Fish &amp; chips&nbsp;&ndash; &#163;5 &lt;cash&gt;</p>')).toBe(
      'Fish & chips \u2013 \u00a35 <cash>',
    );
  });

  it('keeps preformatted text line by line', () => {
    expect(htmlToText('<pre>Item   Total\n  a      1\n</pre>')).toBe('Item   Total\n  a      1');
  });

  it('renders a page nested far deeper than the call stack allows recursion', () => {
    // Node's default stack holds about 11,000 frames of a simple recursive walk.
    const depth = 30_000;
    const html = `${'<div><span>'.repeat(depth)}deep text${'</span></div>'.repeat(depth)}`;
    expect(htmlToText(html)).toBe('deep text');
    const table = `<table><tr><td>${'<b>'.repeat(depth)}cell${'</b>'.repeat(depth)}</td></tr></table>`;
    expect(htmlToText(table)).toBe('cell');
    expect(htmlToText(`<pre>${'<i>'.repeat(depth)}a  b${'</i>'.repeat(depth)}</pre>`)).toBe('a  b');
    expect(htmlToText(`${'<ul><li>'.repeat(depth / 3)}item${'</li></ul>'.repeat(depth / 3)}`)).toContain('- item');
  });
});
