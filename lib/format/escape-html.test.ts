import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it.each([
    ['plain', 'plain'],
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    ['"quoted"', '&quot;quoted&quot;'],
    ["it's", 'it&#x27;s'],
    ['&amp;', '&amp;amp;'],
    ['إنفيديا H200', 'إنفيديا H200'],
  ])('%j → %j', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });

  it('escapes text and attributes exactly as React does', () => {
    const text = `<b title="x">'Q' & "A"</b>`;
    expect(renderToStaticMarkup(createElement('p', { title: text }, text))).toBe(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`);
  });
});
