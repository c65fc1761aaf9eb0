import { describe, expect, it } from 'vitest';
import { collapsedText, htmlKey, inlineHtml, inlineNodes, inlineTags, keyedHtml, plainText, publishedInline, quoteIds, readInline, readInlineAsWritten, renameQuotes, segmentKey, withoutQuotes } from '../pipeline/inline/index.ts';

describe('inline: segment content is read once at the edge, then worked on as hast', () => {
  const html = 'La <em>Regione</em> &amp; “<q data-quote="q2">ciao</q>” <a href="https://example.org/x">qui</a><script>alert(1)</script>';

  it('publishes only the inline schema, and QA sees what was written', () => {
    expect(inlineHtml(readInline(html))).toBe('La <em>Regione</em> &#x26; “<q data-quote="q2">ciao</q>” <a href="https://example.org/x">qui</a>');
    expect(inlineTags(readInlineAsWritten(html))).toEqual(new Map([['<em>', 1], ['<a href="https://example.org/x">', 1], ['<script>', 1]]));
    expect(inlineTags(readInline(html)).has('<script>')).toBe(false);
  });

  it('publishes content already in hast as it publishes the same content read from a string, once per tree', () => {
    const written = readInlineAsWritten(html);
    const published = publishedInline(written);
    expect(inlineHtml(published)).toBe(inlineHtml(readInline(html)));
    expect(publishedInline(written)).toBe(published);
    expect(inlineHtml(written)).toContain('<script>');
    const unsafe = readInlineAsWritten('<a href="javascript:alert(1)">qui</a> <img src="x.png">');
    expect(inlineHtml(publishedInline(unsafe))).toBe('<a>qui</a> ');
  });

  it('gives plain text, collapsed text and quote ids', () => {
    expect(plainText(readInline(' a  <em>b</em> '))).toBe(' a  b ');
    expect(collapsedText(readInline(' a  <em>b</em> '))).toBe('a b');
    expect(quoteIds(readInline('<q data-quote="q3">x</q> <q data-quote="q1">y</q> <q data-quote="q3">z</q>'))).toEqual(['q3', 'q1']);
  });

  it('renames quote ids and keys the words without the markers', () => {
    const renamed = renameQuotes(readInlineAsWritten(html), new Map([['q2', 'q1']]));
    expect(inlineHtml(renamed)).toContain('<q data-quote="q1">ciao</q>');
    expect(segmentKey(withoutQuotes(readInline(html)))).toBe(segmentKey(readInline(html)));
    expect(htmlKey('“<q data-quote="q1">ciao</q>”')).toBe(htmlKey('“ciao”'));
    expect(htmlKey('“<em>ciao</em>”')).not.toBe(htmlKey('“ciao”'));
  });

  it('writes a segment once with its key, the key the words and markup alone give, quote markers or not', () => {
    const cases = [
      'La <em>Regione</em>   annuncia\n il bando',
      html,
      '“<q data-quote="q1">ciao</q>”',
      '<a href="https://example.org/?q<q">qui</a> e <q data-quote="q4">lì</q>',
      '<a href="https://example.org/<q">qui</a>',
      'a &lt;q&gt; b',
      '',
    ];
    for (const written of cases) {
      const inline = readInline(written);
      expect(keyedHtml(inline)).toEqual({ key: segmentKey(inline), html: inlineHtml(inline) });
    }
    expect(keyedHtml(readInline('“<q data-quote="q1">ciao</q>”')).key).toBe(keyedHtml(readInline('“ciao”')).key);
  });

  it('hands out copies callers may change without touching what is shared', () => {
    const first = inlineNodes(readInline('<em>a</em>'));
    (first[0] as { properties: Record<string, unknown> }).properties.title = 'changed';
    expect(inlineHtml(readInline('<em>a</em>'))).toBe('<em>a</em>');
  });
});
