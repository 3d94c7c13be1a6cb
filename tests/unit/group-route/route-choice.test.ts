import { describe, expect, it } from 'vitest';
import {
  chooseRoute,
  DEFAULT_TIMING,
  estimateDirect,
  estimateGroup,
  measuredTiming,
} from '../../../lib/group-route/route-choice';
import type { Batch } from '../../../lib/run/types';

const batch = (n: number, targets: number, ms: number, paused = 0, flow: Batch['flow'] = 'assignUsers'): Batch => ({
  n,
  flow,
  targets: Array.from({ length: targets }, (_, i) => i),
  steps: {},
  startedAt: 1_000,
  endedAt: 1_000 + ms,
  pausedMs: paused,
});

describe('route chooser', () => {
  it('direct: one submission per 20 users', () => {
    expect(estimateDirect(10_000, DEFAULT_TIMING).submissions).toBe(500);
    expect(estimateDirect(21, DEFAULT_TIMING).submissions).toBe(2);
    expect(estimateDirect(0, DEFAULT_TIMING).submissions).toBe(0);
  });

  it('group: one submission, import files of at most 20,000, and the bulk service time', () => {
    const g = estimateGroup(10_000, DEFAULT_TIMING);
    expect(g).toMatchObject({ submissions: 1, importFiles: 1 });
    expect(g.serviceMs).toBe(900_000);
    expect(estimateGroup(50_000, DEFAULT_TIMING).importFiles).toBe(3);
  });

  it('recommends the group route from the threshold on, and says both estimates', () => {
    expect(chooseRoute(499).recommended).toBe('direct');
    expect(chooseRoute(500).recommended).toBe('group');
    const big = chooseRoute(10_000);
    expect(big.recommended).toBe('group');
    expect(big.group.adminMs).toBeLessThan(big.direct.adminMs);
    expect(chooseRoute(800, DEFAULT_TIMING, 1_000).recommended).toBe('direct');
  });

  it("models time from this tenant's own batches: the median time per user, for a full submission", () => {
    const timing = measuredTiming([
      batch(1, 20, 20_000),
      batch(2, 20, 40_000, 10_000),
      batch(3, 10, 30_000),
      batch(4, 20, 999_999, 0, 'unassignUsers'),
    ]);
    // Per user: 1,000; 1,500; 3,000 ms -> median 1,500 -> 30,000 per submission of 20.
    expect(timing).toEqual({ submissionMs: 30_000, measured: true });
    expect(estimateDirect(200, timing).adminMs).toBe(300_000);
  });

  it('falls back to the stated default when no batch has ended', () => {
    expect(measuredTiming([{ ...batch(1, 20, 1), endedAt: undefined }])).toBe(DEFAULT_TIMING);
  });
});
