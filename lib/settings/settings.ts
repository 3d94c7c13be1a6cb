// The admin's settings: plain data with defaults, and a pure normalizer so a stored value from any
// version (or a hand-edited one) always comes back complete and in range.

export type RunMode = 'guided' | 'autopilot';
export type GuestPolicy = 'ask' | 'exclude';

export type Settings = {
  defaultMode: RunMode;
  /** Targets per Assign submission: the portal takes at most 20. */
  batchSize: number;
  guestPolicy: GuestPolicy;
  /** Runs and reports older than this are deleted. */
  retentionDays: number;
};

export const MAX_BATCH_SIZE = 20;
export const RETENTION_CHOICES = [1, 7, 14, 30, 90] as const;

export const DEFAULT_SETTINGS: Settings = {
  defaultMode: 'guided',
  batchSize: MAX_BATCH_SIZE,
  guestPolicy: 'ask',
  retentionDays: 14,
};

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'number' ? Math.round(value) : Number.NaN;
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function normalizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    defaultMode: value.defaultMode === 'autopilot' ? 'autopilot' : 'guided',
    batchSize: clampInt(value.batchSize, 1, MAX_BATCH_SIZE, DEFAULT_SETTINGS.batchSize),
    guestPolicy: value.guestPolicy === 'exclude' ? 'exclude' : 'ask',
    retentionDays: clampInt(value.retentionDays, 1, 365, DEFAULT_SETTINGS.retentionDays),
  };
}
