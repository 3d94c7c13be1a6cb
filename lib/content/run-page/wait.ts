// Condition-based waits: a check runs now, after every DOM change, on hash changes, and on a slow
// poll as a fallback, until it answers, the time is up, or the signal aborts. No fixed sleeps.

export type WaitOptions = { timeoutMs: number; signal?: AbortSignal; pollMs?: number };

/** The wait was cancelled (the run was paused or the page script is going away). */
export class WaitAborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortError';
  }
}

export function isAborted(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new WaitAborted();
}

/**
 * Resolves with the first value of `check` that is neither undefined, null nor false; with
 * undefined after `timeoutMs` (Infinity waits for ever). Rejects with WaitAborted on abort, and with
 * whatever `check` throws.
 */
export function waitFor<T>(
  doc: Document,
  win: Window,
  check: () => T | undefined | null | false,
  { timeoutMs, signal, pollMs = 250 }: WaitOptions,
): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve, reject) => {
    if (signal?.aborted) return reject(new WaitAborted());
    let done = false;
    const MutationObserverCtor = (win as Window & typeof globalThis).MutationObserver ?? MutationObserver;
    const observer = new MutationObserverCtor(() => run());
    let timer: number | undefined;
    let poll: number | undefined = undefined; // set once the first check has run
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      observer.disconnect();
      win.removeEventListener('hashchange', run);
      signal?.removeEventListener('abort', onAbort);
      if (timer !== undefined) win.clearTimeout(timer);
      if (poll !== undefined) win.clearInterval(poll);
      fn();
    };
    const onAbort = () => finish(() => reject(new WaitAborted()));
    function run(): void {
      if (done) return;
      let value: T | undefined | null | false;
      try {
        value = check();
      } catch (e) {
        finish(() => reject(e instanceof Error ? e : new Error(String(e))));
        return;
      }
      if (value !== undefined && value !== null && value !== false) finish(() => resolve(value));
    }
    run();
    if (done) return;
    observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    win.addEventListener('hashchange', run);
    signal?.addEventListener('abort', onAbort);
    poll = win.setInterval(run, pollMs);
    if (Number.isFinite(timeoutMs))
      timer = win.setTimeout(() => finish(() => resolve(undefined)), Math.max(0, timeoutMs));
  });
}

/** Resolves on the next `hashchange` (true) or after `timeoutMs` (false). */
export function nextHashChange(win: Window, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (changed: boolean) => {
      win.removeEventListener('hashchange', onChange);
      win.clearTimeout(timer);
      resolve(changed);
    };
    const onChange = () => done(true);
    win.addEventListener('hashchange', onChange);
    const timer = win.setTimeout(() => done(false), timeoutMs);
  });
}
