// Retention: what to delete, given what is stored and the time. Pure, so the background can apply
// it whenever it wakes (there is no alarm: the service worker starts often enough while in use).

export const DAY_MS = 86_400_000;

export type RetentionInput = {
  /** Epoch milliseconds. */
  now: number;
  retentionDays: number;
  /** Stored runs with their last change (epoch ms), e.g. `listRuns(store)`. */
  runs: readonly { id: string; updatedAt: number }[];
  /** `loadedAt` (ISO) of the loaded spreadsheet, or null when none is loaded. */
  loadedCsvAt: string | null;
};

export type RetentionPlan = {
  /** Data last changed before this time (epoch ms) is expired. */
  cutoff: number;
  /** Runs to delete, with their chunks and reports (`deleteRun(store, id)` each). */
  runIds: string[];
  /** Whether the loaded spreadsheet's bytes are to be deleted. */
  loadedCsv: boolean;
};

export function retentionCutoff(now: number, retentionDays: number): number {
  return now - retentionDays * DAY_MS;
}

/** Says what has outlived the retention period. An unreadable time counts as expired. */
export function expiredData({ now, retentionDays, runs, loadedCsvAt }: RetentionInput): RetentionPlan {
  const cutoff = retentionCutoff(now, retentionDays);
  const expired = (at: number) => !(at >= cutoff);
  return {
    cutoff,
    runIds: runs.filter((run) => expired(run.updatedAt)).map((run) => run.id),
    loadedCsv: loadedCsvAt !== null && expired(Date.parse(loadedCsvAt)),
  };
}
