// Worker threads do not inherit the entry point's tsx hooks: register them here, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
