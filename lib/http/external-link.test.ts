import { describe, expect, it } from 'vitest';
import { externalLinkRel } from './external-link';

const site = 'https://mawjaz.example';

describe('externalLinkRel', () => {
  it.each([
    ['https://www.reuters.com/x', undefined, 'noopener noreferrer'],
    ['http://example.org', undefined, 'noopener noreferrer'],
    ['//cdn.example.org/a', undefined, 'noopener noreferrer'],
    ['HTTPS://EXAMPLE.ORG', undefined, 'noopener noreferrer'],
    ['https://www.reuters.com/x', 'nofollow', 'nofollow noopener noreferrer'],
    ['https://www.reuters.com/x', 'noopener', 'noopener noreferrer'],
    ['https://mawjaz.example/ar/topics', undefined, undefined],
    ['https://mawjaz.example/ar', 'nofollow', 'nofollow'],
    ['/ar/briefings/x', undefined, undefined],
    ['#section', undefined, undefined],
    ['mailto:desk@mawjaz.example', undefined, undefined],
    [undefined, undefined, undefined],
    ['https://exa mple', undefined, undefined],
  ])('%s (rel %s) → %s', (href, rel, expected) => {
    expect(externalLinkRel(href, rel, site)).toBe(expected);
  });
});
