import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isBatchSize, normalizeSettings } from '../../../lib/settings/settings';

describe('normalizeSettings', () => {
  it('fills defaults for nothing stored or a non-object', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('guided')).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ defaultMode: 'guided', batchSize: 20, guestPolicy: 'ask', retentionDays: 14 });
  });

  it('keeps valid values', () => {
    const s = { defaultMode: 'autopilot', batchSize: 5, guestPolicy: 'exclude', retentionDays: 90 };
    expect(normalizeSettings(s)).toEqual(s);
  });

  it('clamps the batch size to what the portal takes and rounds it', () => {
    expect(normalizeSettings({ batchSize: 50 }).batchSize).toBe(20);
    expect(normalizeSettings({ batchSize: 0 }).batchSize).toBe(1);
    expect(normalizeSettings({ batchSize: 7.6 }).batchSize).toBe(8);
    expect(normalizeSettings({ batchSize: '7' }).batchSize).toBe(20);
  });

  it('snaps retention to the nearest offered choice, the shorter on a tie', () => {
    expect(normalizeSettings({ retentionDays: 20 }).retentionDays).toBe(14);
    expect(normalizeSettings({ retentionDays: 22 }).retentionDays).toBe(14);
    expect(normalizeSettings({ retentionDays: 23 }).retentionDays).toBe(30);
    expect(normalizeSettings({ retentionDays: 365 }).retentionDays).toBe(90);
    expect(normalizeSettings({ retentionDays: -3 }).retentionDays).toBe(1);
    expect(normalizeSettings({ retentionDays: Number.NaN }).retentionDays).toBe(14);
  });

  it('falls back on unknown modes and guest policies', () => {
    const s = normalizeSettings({ defaultMode: 'turbo', guestPolicy: 'always' });
    expect(s.defaultMode).toBe('guided');
    expect(s.guestPolicy).toBe('ask');
  });
});

describe('isBatchSize', () => {
  it('accepts whole numbers from 1 to 20 only', () => {
    expect([1, 12, 20].map(isBatchSize)).toEqual([true, true, true]);
    expect([0, 21, 2.5, Number.NaN].map(isBatchSize)).toEqual([false, false, false, false]);
  });
});
