/** A page number to link, or a gap (…) where numbers are left out. */
export type PageLink = number | 'gap';

/**
 * The page numbers a list's pagination shows: the first and the last, the
 * current one and `around` on each side, with a gap where numbers are left
 * out (a gap never stands for a single number: that number is shown). A
 * decade's archive has a thousand pages; linking every one made each list
 * page 259 kB of HTML, and the build's cost grow with the square of the
 * archive (npm run bench:scale).
 *
 * @example pageLinks(12, 1000) // [1, 'gap', 10, 11, 12, 13, 14, 'gap', 1000]
 */
export function pageLinks(page: number, pageCount: number, around = 2): PageLink[] {
  const shown = new Set([1, pageCount]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pageCount) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const n of sorted) {
    const previous = links[links.length - 1];
    if (typeof previous === 'number' && n - previous === 2) links.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) links.push('gap');
    links.push(n);
  }
  return links;
}
