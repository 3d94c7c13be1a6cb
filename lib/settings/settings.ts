// The admin's settings: plain data with defaults, and a pure normalizer so a stored value from any
// version (or a hand-edited one) always comes back complete and in range.

export type RunMode = 'guided' | 'autopilot';
export type GuestPolicy = 'ask' | 'exclude';

export type Settings = {
  defaultMode: RunMode;
  /** Targets per Assign submission: the portal takes at most 20. */
  batchSize: number;
  guestPolicy: GuestPolicy;
  /** Runs, their reports and the loaded file older than this are deleted. */
  retentionDays: number;
};

export const RUN_MODES: readonly RunMode[] = ['guided', 'autopilot'];
export const GUEST_POLICIES: readonly GuestPolicy[] = ['ask', 'exclude'];
export const MIN_BATCH_SIZE = 1;
export const MAX_BATCH_SIZE = 20;
export const RETENTION_CHOICES = [1, 7, 14, 30, 90] as const;
export const DEFAULT_RETENTION_DAYS = 14;

export const DEFAULT_SETTINGS: Settings = {
  defaultMode: 'guided',
  batchSize: MAX_BATCH_SIZE,
  guestPolicy: 'ask',
  retentionDays: DEFAULT_RETENTION_DAYS,
};

/** A batch size the portal accepts: a whole number from 1 to 20. */
export function isBatchSize(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_BATCH_SIZE && value <= MAX_BATCH_SIZE;
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'number' ? Math.round(value) : Number.NaN;
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** The offered choice nearest to `value` (the shorter one on a tie: keeping less is the safe side). */
function nearestRetention(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_RETENTION_DAYS;
  let best: number = RETENTION_CHOICES[0];
  for (const choice of RETENTION_CHOICES) if (Math.abs(choice - value) < Math.abs(best - value)) best = choice;
  return best;
}

export function normalizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    defaultMode: value.defaultMode === 'autopilot' ? 'autopilot' : 'guided',
    batchSize: clampInt(value.batchSize, MIN_BATCH_SIZE, MAX_BATCH_SIZE, DEFAULT_SETTINGS.batchSize),
    guestPolicy: value.guestPolicy === 'exclude' ? 'exclude' : 'ask',
    retentionDays: nearestRetention(value.retentionDays),
  };
}
