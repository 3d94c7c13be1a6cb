import { describe, expect, it } from 'vitest';
import { checklistOf } from '../../../lib/run/checklist';
import { nextAction } from '../../../lib/run/next-action';
import { act, drive, driver, groups, newRun, portal, send, start, users } from './fake-portal';

const statuses = (items: ReturnType<typeof checklistOf>) => items.map((i) => `${i.step}:${i.status}`);

describe('a target’s checklist', () => {
  it('is all pending before the run starts, in the flow’s own steps', () => {
    const s = newRun([...users(1), ...groups(1, 3)]);
    expect(statuses(checklistOf(s, 0))).toEqual([
      'openProductPage:pending',
      'openAssignPane:pending',
      'pick:pending',
      'submit:pending',
      'readOutcome:pending',
      'closePane:pending',
      'verify:pending',
    ]);
    expect(checklistOf(s, 1).map((i) => i.step)).toContain('openGroupsTab');
    expect(checklistOf(s, 5)).toEqual([]);
  });

  it('follows the batch, with the target’s own pick time', () => {
    const d = driver(newRun(users(2)));
    start(d);
    const p = portal();
    for (let k = 0; k < 3; k++) act(d, p); // page, pane, first pick
    expect(statuses(checklistOf(d.state, 1))).toEqual([
      'openProductPage:done',
      'openAssignPane:done',
      'pick:active',
      'submit:pending',
      'readOutcome:pending',
      'closePane:pending',
      'verify:pending',
    ]);
    expect(checklistOf(d.state, 0)[2]).toEqual({ step: 'pick', status: 'done', at: d.now });
    drive(d, p);
    expect(checklistOf(d.state, 1).every((i) => i.status === 'done')).toBe(true);
  });

  it('shows the portal’s words where the target failed and skips what followed', () => {
    const d = driver(newRun(users(2)));
    start(d);
    const p = portal({
      missing: new Set([users(1)[0]!.id]),
      errors: new Map([[users(2)[1]!.id, 'Not enough licenses']]),
    });
    drive(d, p);
    send(d, { type: 'resumed' });
    drive(d, p);
    expect(checklistOf(d.state, 0).slice(2)).toMatchObject([
      { step: 'pick', status: 'failed', text: `No results for ${users(1)[0]!.id}` },
      { step: 'submit', status: 'skipped' },
      { step: 'readOutcome', status: 'skipped' },
      { step: 'closePane', status: 'pending' },
      { step: 'verify', status: 'skipped' },
    ]);
    expect(checklistOf(d.state, 1).slice(3)).toMatchObject([
      { step: 'submit', status: 'done' },
      { step: 'readOutcome', status: 'failed', text: 'Not enough licenses' },
      { step: 'closePane', status: 'pending' },
      { step: 'verify', status: 'skipped' },
    ]);
    expect(nextAction(d.state)).toMatchObject({ kind: 'waitForAdmin', reason: 'portalError' });
  });
});
