import { describe, expect, it } from 'vitest';
import { scheduleRetention } from '../../../lib/worker/retention-schedule';

function fakeRuntime() {
  const startup: (() => void)[] = [];
  return {
    runtime: { onStartup: { addListener: (cb: () => void) => startup.push(cb) } },
    startUp: () => startup.forEach((cb) => cb()),
  };
}

describe('scheduleRetention', () => {
  it('applies retention when the worker starts and again at each browser start-up', async () => {
    const { runtime, startUp } = fakeRuntime();
    let applied = 0;
    scheduleRetention(runtime, async () => applied++);
    expect(applied).toBe(1);
    startUp();
    expect(applied).toBe(2);
  });

  it('a failed pass is left for the next occasion, never an unhandled rejection', async () => {
    const { runtime, startUp } = fakeRuntime();
    let attempts = 0;
    const again = scheduleRetention(runtime, async () => {
      attempts++;
      throw new Error('storage unavailable');
    });
    startUp();
    again();
    await Promise.resolve();
    expect(attempts).toBe(3);
  });
});
