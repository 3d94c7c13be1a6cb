// The browser app, bundled with esbuild on first request and kept in memory.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../client/main.ts', import.meta.url));
let cached: Promise<string> | undefined;

export function clientBundle(): Promise<string> {
  cached ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome110',
    logLevel: 'silent',
  }).then(
    (out) => out.outputFiles[0]?.text ?? '',
    (error: unknown) => {
      cached = undefined; // let the next request try again after a fix
      throw error;
    },
  );
  return cached;
}
