import { describe, expect, it } from 'vitest';
import { helpText } from './help';

describe('helpText', () => {
  it('is the first doc comment without its margin', () => {
    expect(helpText('/**\n * npm run x [-- --y]\n *\n * Does x.\n */\nimport a from "a";\n/** Not this. */')).toBe('npm run x [-- --y]\n\nDoes x.');
  });

  it('is empty for a file without one', () => {
    expect(helpText('// a line comment\nconst a = 1;')).toBe('');
  });
});
