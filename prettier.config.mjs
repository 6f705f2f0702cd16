/**
 * Prettier, set to today's style so that formatting the tree changes as few
 * lines as it can (measured on the tree of 2026-12-07 with
 * `npx prettier --list-different .` and a line count of the diff): printWidth
 * 120 reformats 3,823 lines in 174 files, 160: 1,421 in 111, 200: 1,020 in
 * 112, 240: 965 in 115. 200 it is: wider saves few lines and allows lines
 * nobody reads whole. Single quotes, trailing commas and `(x) =>` are
 * Prettier's defaults or the tree's already.
 * @type {import('prettier').Config}
 */
const config = {
  singleQuote: true,
  printWidth: 200,
};

export default config;
