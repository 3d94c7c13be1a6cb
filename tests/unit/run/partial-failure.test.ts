// The portal assigns part of a batch and says, naming nobody, why it stopped (not enough licenses):
// the targets the page shows are done, the others fail in the portal's words, nothing stays pending.
import { describe, expect, it } from 'vitest';
import { toArray } from '../../../lib/run/chunked';
import { buildReport } from '../../../lib/run';
import { drive, driver, newRun, portal, start, users } from './fake-portal';

describe('a partial failure', () => {
  it('ends each target done or failed with the portal words, and pauses on the refusal', () => {
    const d = driver(newRun(users(20)));
    start(d);
    const text = "We're sorry, it looks like you've run out of licenses.";
    const p = portal({ shortage: { left: 15, text } });
    const waiting = drive(d, p);
    expect(waiting).toMatchObject({
      kind: 'waitForAdmin',
      reason: 'portalError',
      pause: { text, params: { failed: 5 } },
    });
    const records = toArray(d.state.targets);
    expect(records.filter((r) => r.status === 'done')).toHaveLength(15);
    const failed = records.filter((r) => r.status === 'failed');
    expect(failed).toHaveLength(5);
    expect(failed.every((r) => r.failure?.code === 'portalError' && r.failure.text === text)).toBe(true);
    expect(records.some((r) => ['pending', 'submitted', 'assigned'].includes(r.status))).toBe(false);
    expect(buildReport(d.state).filter((r) => r.outcome === 'assigned')).toHaveLength(15);
    expect(d.state.submissions).toBe(1);
  });

  it('without such words, a target the page does not show is still "not verified"', () => {
    const d = driver(newRun(users(3)));
    start(d);
    const p = portal({ ghost: new Set([users(3)[2]!.id]) });
    expect(drive(d, p)).toMatchObject({ reason: 'notVerified' });
  });
});
