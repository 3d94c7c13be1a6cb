import { describe, expect, it } from 'vitest';
import { pageRunEventSchema, runEventSchema } from '../../../lib/run/event-schema';
import type { RunEvent } from '../../../lib/run/types';

describe('run event schemas', () => {
  it('a stamped event of every kind the reducer applies parses as itself', () => {
    const events: RunEvent[] = [
      { at: 1, type: 'started' },
      { at: 2, type: 'modeSet', mode: 'guided' },
      { at: 3, type: 'stepBegan', step: 'pick' },
      { at: 4, type: 'outcomeRead', batch: 1, outcome: { kind: 'perTarget', errors: [{ target: 2, text: 'No' }] } },
      { at: 5, type: 'paused', reason: 'signIn', params: { seats: 3 } },
      { at: 6, type: 'skipTarget', target: 4 },
    ];
    for (const event of events) expect(runEventSchema.parse(event)).toEqual(event);
  });

  it('an event without its time, or of an unknown kind, is refused', () => {
    expect(runEventSchema.safeParse({ type: 'started' }).success).toBe(false);
    expect(runEventSchema.safeParse({ at: 1, type: 'assignEverything' }).success).toBe(false);
  });

  it("a content script may report what the page shows, never the admin's decisions", () => {
    expect(pageRunEventSchema.safeParse({ type: 'submitting', batch: 1 }).success).toBe(true);
    for (const type of ['started', 'resumed', 'cancelled']) {
      expect(pageRunEventSchema.safeParse({ type }).success, type).toBe(false);
    }
    expect(pageRunEventSchema.safeParse({ type: 'modeSet', mode: 'autopilot' }).success).toBe(false);
    expect(pageRunEventSchema.safeParse({ type: 'skipTarget', target: 1 }).success).toBe(false);
  });
});
