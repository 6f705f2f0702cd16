/**
 * Every rule of the content check, by the id printed in each message
 * (`path:line:column: <id>: …`). Reporting code only accepts these ids
 * (TypeScript checks it), and a test checks that EDITORS.md explains each
 * one in both languages, so a new rule cannot ship undocumented.
 */
export const ruleCatalogue = {
  // The file and its place
  location: 'briefings live in content/briefings/<language>/<slug>.mdx and site pages in content/pages/<language>/<slug>.mdx; nothing else belongs in content/',
  slug: 'the file name is ASCII lower-case words joined by hyphens',
  'slug-case': 'no two file names differ only in upper/lower case',
  encoding: 'the file is saved as UTF-8',
  // The frontmatter
  frontmatter: 'the file starts with frontmatter between two --- lines',
  yaml: 'the frontmatter is valid YAML',
  required: 'every required field is there and filled in',
  type: 'each field has the right kind of value',
  'unknown-field': 'only the fields of the contract are used',
  date: 'dates are real calendar dates written YYYY-MM-DD, or real times with their UTC offset (YYYY-MM-DDTHH:MM+03:00)',
  updated: '`updated` is not before `date` (warning)',
  topic: 'topics are ids from content/topics.yaml',
  topics: 'content/topics.yaml itself is well formed',
  author: 'authors are ids from content/authors.yaml',
  authors: 'content/authors.yaml itself is well formed: kind, name and bio in every language',
  source: 'each source has a name, and its title and date are well formed',
  'source-url': 'each source has a full http(s) address, or a date when it has none',
  'source-home': 'a source address is an article, not a site\'s home page (warning)',
  correction: 'each correction has a text and a real date, after publication and not in the future',
  image: 'the lead image has a src',
  alt: 'every image has alt text',
  length: 'title and summary fit share cards and search results',
  placeholder: 'no TODO from the template is left',
  // The MDX body
  'mdx-syntax': 'the body is valid MDX',
  'mdx-import': 'the body has no import or export',
  component: 'only the site’s components are used, where they belong',
  'component-attribute': 'components get their required attributes, spelt right',
  live: 'a live briefing\'s `live:` has a start with its time, and an end after it',
  update: 'each <Update> of a live briefing has a time with its offset, not in the future, newest first, and some text',
  'update-id': 'each <Update> has its own id, and an id once committed never changes or disappears',
  link: 'links to briefings, topics and site pages of the site point at pages that exist',
  // Between files
  translation: 'each briefing exists in every language (warning)',
  'translation-of': 'translationOf names another language whose version exists, and a commit git knows',
  'translation-correction': 'a version has every correction its twins have (warning)',
} as const;

export type RuleId = keyof typeof ruleCatalogue;
export const ruleIds = Object.keys(ruleCatalogue) as RuleId[];
