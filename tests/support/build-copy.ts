import { projectCopy, type ProjectCopy } from '../../scripts/support/project-copy';

/**
 * A throwaway copy of the project under .e2e/ (git-ignored), for tests that
 * change its content and run the real build: scripts/support/project-copy.ts,
 * the one copy helper the benchmarks use too.
 */
export function buildableCopy(): ProjectCopy {
  return projectCopy({ under: '.e2e' });
}
