/**
 * Turns on Node's compile cache before the first TypeScript file loads. The npm scripts that run
 * TypeScript directly preload it (`node --import ./scripts/compile-cache.mjs scripts/ingest.ts`).
 *
 * With the cache warm, Node skips both compiling and type-stripping: it does not even load its
 * TypeScript stripper, which cost about 50 ms of every ingest. Called from inside the `.ts` entry
 * instead, the cache came too late for that entry, whose stripping loaded the stripper anyway. This
 * file is JavaScript for the same reason.
 */
import module from 'node:module';

module.enableCompileCache?.();
