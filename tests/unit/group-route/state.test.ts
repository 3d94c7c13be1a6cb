import { describe, expect, it } from 'vitest';
import {
  groupRouteCounts,
  reduceGroupRoute,
  startGroupRoute,
  type GroupRouteEvent,
} from '../../../lib/group-route/state';

const members = Array.from({ length: 6 }, (_, i) => ({
  key: `u${i}@contoso.com`,
  id: `U${i}@contoso.com`,
  row: i + 2,
  alreadyHeld: i === 5,
}));

function play(events: GroupRouteEvent[]) {
  return events.reduce(reduceGroupRoute, startGroupRoute(members, [3, 2]));
}

describe('group route checklist', () => {
  it('walks the steps in order: group, files, imports, one assignment, licensing', () => {
    const group = { name: 'PBI users', membership: 'assigned' as const, securityEnabled: true, hasNestedGroups: false };
    const steps = [
      { type: 'groupChosen', group, at: 1 },
      { type: 'filesDownloaded', at: 2 },
      { type: 'importSubmitted', file: 1, at: 3 },
      { type: 'importResult', file: 1, failures: [], at: 4 },
      { type: 'importResult', file: 2, failures: [], at: 5 },
      { type: 'assignedToGroup', at: 6 },
    ] satisfies GroupRouteEvent[];
    const seen = steps.map((_, i) => play(steps.slice(0, i + 1)).step);
    expect(seen).toEqual([
      'downloadFiles',
      'importMembers',
      'importMembers',
      'importMembers',
      'assignToGroup',
      'watchLicensing',
    ]);
  });

  it('carries import failures and licensing errors to each member, in the portal words', () => {
    const state = play([
      { type: 'importResult', file: 1, failures: [{ member: 'u1@CONTOSO.com', text: 'User not found' }], at: 1 },
      { type: 'importResult', file: 2, failures: [], at: 2 },
      { type: 'assignedToGroup', at: 3 },
      { type: 'licensingRead', state: 'inProgress', errors: [], at: 4 },
    ]);
    expect(groupRouteCounts(state)).toMatchObject({ imported: 4, importFailed: 1, alreadyHeld: 1, licensed: 0 });
    const done = reduceGroupRoute(state, {
      type: 'licensingRead',
      state: 'errors',
      errors: [{ member: 'u3@contoso.com', category: 'usageLocation', text: 'User usage location not specified' }],
      at: 5,
    });
    expect(done.members.map((m) => m.outcome)).toEqual([
      { status: 'licensed' },
      { status: 'importFailed', text: 'User not found' },
      { status: 'licensed' },
      { status: 'licenseError', category: 'usageLocation', text: 'User usage location not specified' },
      { status: 'licensed' },
      { status: 'alreadyHeld' },
    ]);
    expect(done.finishedAt).toBe(5);
  });

  it('a later read after the admin fixed an error licenses that member', () => {
    const errored = play([
      { type: 'importResult', file: 1, failures: [], at: 1 },
      { type: 'importResult', file: 2, failures: [], at: 2 },
      {
        type: 'licensingRead',
        state: 'errors',
        errors: [{ member: 'u0@contoso.com', category: 'notEnoughLicenses', text: 'Not enough licenses' }],
        at: 3,
      },
    ]);
    expect(errored.members[0]!.outcome.status).toBe('licenseError');
    const fixed = reduceGroupRoute(errored, { type: 'licensingRead', state: 'allAssigned', errors: [], at: 4 });
    expect(groupRouteCounts(fixed)).toMatchObject({ licensed: 5, licenseError: 0 });
  });
});
