import type { ProjectCopy } from '../../scripts/support/project-copy';
import { fixtureSiteCopy } from './fixture-site';

/**
 * A throwaway copy of the project under .e2e/ (git-ignored) whose content
 * is the fixture site (tests/support/fixture-site.ts), for tests that
 * change its content and run the real build.
 */
export function buildableCopy(): ProjectCopy {
  return fixtureSiteCopy();
}
