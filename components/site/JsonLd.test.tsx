import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from './JsonLd';

const HOSTILE = '</script><script>alert(1)</script><!--';

/** The text between the tags, as an HTML parser would cut it: up to the first `</script`. */
function scriptText(html: string): string {
  const open = html.indexOf('>') + 1;
  const close = html.toLowerCase().indexOf('</script', open);
  return html.slice(open, close);
}

describe('JsonLd', () => {
  it('keeps a hostile title inside the script element', () => {
    const data = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HOSTILE } as const;
    const html = renderToStaticMarkup(<JsonLd data={data} />);
    // One element: the only `</script` is the real end tag.
    expect(html.toLowerCase().split('</script').length - 1).toBe(1);
    expect(html.endsWith('</script>')).toBe(true);
    const text = scriptText(html);
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
