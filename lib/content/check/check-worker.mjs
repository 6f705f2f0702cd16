// A worker of ./parallel.ts. Workers do not inherit tsx's loader from the
// thread that starts them, so this plain module registers it, then runs
// the TypeScript shard.
import { register } from 'tsx/esm/api';

register();
await import('./shard.ts');
