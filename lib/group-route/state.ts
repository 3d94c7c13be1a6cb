// The group route as a checklist: choose the group, download the import files, import each in
// Entra and read its result, assign the product to the group (one submission), then watch the
// group's licensing until Microsoft has processed every member. A pure reducer over plain data;
// every member ends with an outcome the report states in the portal's own words.
import type { GroupFacts } from './checks';
import type { LicenseErrorCategory, MemberLicenseError } from './license-errors';

export type GroupRouteStep = 'chooseGroup' | 'downloadFiles' | 'importMembers' | 'assignToGroup' | 'watchLicensing';

export type MemberOutcome =
  | { status: 'pending' }
  | { status: 'imported' }
  | { status: 'importFailed'; text: string }
  | { status: 'licensed' }
  | { status: 'licenseError'; category: LicenseErrorCategory; text: string }
  | { status: 'alreadyHeld' };

export type ImportFileState = {
  index: number;
  members: number;
  submittedAt?: number;
  resultAt?: number;
  failed?: number;
};

export type GroupRouteState = {
  group?: GroupFacts;
  step: GroupRouteStep;
  /** Members by key (as Target.key), in the file's order, with their outcome. */
  members: { key: string; id: string; row: number; outcome: MemberOutcome }[];
  files: ImportFileState[];
  downloadedAt?: number;
  assignedAt?: number;
  licensing?: 'inProgress' | 'allAssigned' | 'errors';
  finishedAt?: number;
};

export type GroupRouteEvent =
  | { type: 'groupChosen'; group: GroupFacts; at: number }
  | { type: 'filesDownloaded'; at: number }
  | { type: 'importSubmitted'; file: number; at: number }
  /** The bulk operation's result: rows that failed, with Entra's words. */
  | { type: 'importResult'; file: number; failures: { member: string; text: string }[]; at: number }
  | { type: 'assignedToGroup'; at: number }
  | { type: 'licensingRead'; state: 'inProgress' | 'allAssigned' | 'errors'; errors: MemberLicenseError[]; at: number };

export function startGroupRoute(
  members: { key: string; id: string; row: number; alreadyHeld?: boolean }[],
  fileSizes: readonly number[],
): GroupRouteState {
  return {
    step: 'chooseGroup',
    members: members.map((m) => ({
      key: m.key,
      id: m.id,
      row: m.row,
      outcome: m.alreadyHeld ? { status: 'alreadyHeld' } : { status: 'pending' },
    })),
    files: fileSizes.map((members, i) => ({ index: i + 1, members })),
  };
}

const fold = (s: string) => s.trim().toLowerCase();

function withOutcomes(
  state: GroupRouteState,
  decide: (m: GroupRouteState['members'][number]) => MemberOutcome | undefined,
): GroupRouteState {
  return { ...state, members: state.members.map((m) => ({ ...m, outcome: decide(m) ?? m.outcome })) };
}

export function reduceGroupRoute(state: GroupRouteState, event: GroupRouteEvent): GroupRouteState {
  switch (event.type) {
    case 'groupChosen':
      return { ...state, group: event.group, step: state.step === 'chooseGroup' ? 'downloadFiles' : state.step };
    case 'filesDownloaded':
      return { ...state, downloadedAt: event.at, step: state.step === 'downloadFiles' ? 'importMembers' : state.step };
    case 'importSubmitted':
      return {
        ...state,
        files: state.files.map((f) => (f.index === event.file ? { ...f, submittedAt: event.at } : f)),
      };
    case 'importResult': {
      const failed = new Map(event.failures.map((f) => [fold(f.member), f.text]));
      const files = state.files.map((f) =>
        f.index === event.file ? { ...f, resultAt: event.at, failed: event.failures.length } : f,
      );
      const next = withOutcomes({ ...state, files }, (m) => {
        if (m.outcome.status !== 'pending') return undefined;
        const text = failed.get(fold(m.id)) ?? failed.get(m.key);
        return text === undefined ? undefined : { status: 'importFailed', text };
      });
      const allRead = files.every((f) => f.resultAt !== undefined);
      return allRead ? markImported({ ...next, step: 'assignToGroup' }) : next;
    }
    case 'assignedToGroup':
      return { ...state, assignedAt: event.at, step: 'watchLicensing' };
    case 'licensingRead': {
      const errors = new Map(event.errors.map((e) => [fold(e.member), e]));
      const next = { ...state, licensing: event.state };
      if (event.state === 'inProgress') return next;
      const done = withOutcomes(next, (m) => {
        if (m.outcome.status !== 'imported' && m.outcome.status !== 'licenseError' && m.outcome.status !== 'licensed')
          return undefined;
        const error = errors.get(fold(m.id)) ?? errors.get(m.key);
        return error ? { status: 'licenseError', category: error.category, text: error.text } : { status: 'licensed' };
      });
      return { ...done, finishedAt: event.at };
    }
  }
}

/** Once every file's result is read, every member not failed is in the group. */
function markImported(state: GroupRouteState): GroupRouteState {
  return withOutcomes(state, (m) => (m.outcome.status === 'pending' ? { status: 'imported' } : undefined));
}

/** Counts for the summary: members per outcome. */
export function groupRouteCounts(state: GroupRouteState): Record<MemberOutcome['status'], number> {
  const counts = { pending: 0, imported: 0, importFailed: 0, licensed: 0, licenseError: 0, alreadyHeld: 0 };
  for (const m of state.members) counts[m.outcome.status] += 1;
  return counts;
}
