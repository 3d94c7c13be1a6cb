import { describe, expect, it } from 'vitest';
import { DAY_MS, expiredData, retentionCutoff } from '../../../lib/settings/retention';

const now = Date.parse('2026-03-20T12:00:00Z');
const daysAgo = (d: number) => now - d * DAY_MS;

describe('expiredData', () => {
  it('names the runs not changed within the retention period', () => {
    const plan = expiredData({
      now,
      retentionDays: 14,
      runs: [
        { id: 'fresh', updatedAt: daysAgo(1) },
        { id: 'edge', updatedAt: daysAgo(14) },
        { id: 'old', updatedAt: daysAgo(14) - 1 },
        { id: 'ancient', updatedAt: daysAgo(200) },
      ],
      loadedCsvAt: null,
    });
    expect(plan.runIds).toEqual(['old', 'ancient']);
    expect(plan.cutoff).toBe(daysAgo(14));
    expect(plan.loadedCsv).toBe(false);
  });

  it('expires the loaded file by its load time', () => {
    const base = { now, runs: [], retentionDays: 7 };
    expect(expiredData({ ...base, loadedCsvAt: new Date(daysAgo(8)).toISOString() }).loadedCsv).toBe(true);
    expect(expiredData({ ...base, loadedCsvAt: new Date(daysAgo(6)).toISOString() }).loadedCsv).toBe(false);
  });

  it('treats an unreadable time as expired', () => {
    const plan = expiredData({
      now,
      retentionDays: 90,
      runs: [{ id: 'x', updatedAt: Number.NaN }],
      loadedCsvAt: 'yesterday-ish',
    });
    expect(plan).toMatchObject({ runIds: ['x'], loadedCsv: true });
  });

  it('a one-day retention keeps only the last 24 hours', () => {
    expect(retentionCutoff(now, 1)).toBe(now - DAY_MS);
    const plan = expiredData({
      now,
      retentionDays: 1,
      runs: [
        { id: 'a', updatedAt: now - 25 * 3_600_000 },
        { id: 'b', updatedAt: now - 3_600_000 },
      ],
      loadedCsvAt: null,
    });
    expect(plan.runIds).toEqual(['a']);
  });
});
