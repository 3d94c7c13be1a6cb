// When the retention period is applied: each time the service worker starts, at each browser
// start-up (a profile opened after weeks must not show expired runs first), and when the setting
// changes. `apply` is applyRetention; its failure is left for the next occasion.

type Hook = { addListener(callback: () => void): void };
export type RetentionOccasions = { onStartup: Hook };

export function scheduleRetention(runtime: RetentionOccasions, apply: () => Promise<unknown>): () => void {
  const run = () => void apply().catch(() => undefined);
  run();
  runtime.onStartup.addListener(run);
  // The settings listener lives with the background's other storage watching; it calls this.
  return run;
}
