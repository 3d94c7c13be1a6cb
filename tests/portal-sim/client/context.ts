// The page's config (from the shell's JSON) and its labels, read once at start.
import { fill, labelsFor, type LabelKey } from '../shared/labels/index.ts';
import type { ShellConfig } from '../shared/types.ts';

let current: ShellConfig | undefined;

export function loadConfig(): ShellConfig {
  const el = document.getElementById('__sim-config');
  current = JSON.parse(el?.textContent ?? '{}') as ShellConfig;
  return current;
}

export function config(): ShellConfig {
  if (!current) throw new Error('config not loaded');
  return current;
}

/** A label of the page's locale, with `{name}` placeholders filled. */
export function t(key: LabelKey, params: Record<string, string | number> = {}): string {
  return fill(labelsFor(config().locale)[key], params);
}
