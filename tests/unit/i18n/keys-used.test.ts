// Every message key the code uses exists in English: literal keys, manifest `__MSG_…__` keys, and
// each member of the dynamic families (`t(\`check_${code}\` as MessageKey)`), whose members are read
// from the modules that produce the codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMN_ROLES } from '../../../lib/csv/types';
import type { CheckId } from '../../../lib/preflight/types';
import { purchaseSteps } from '../../../lib/preflight/purchase-steps';
import { LICENSE_ERROR_CATEGORIES } from '../../../lib/group-route/license-errors';
import type {
  FailureCode,
  FlowKind,
  PauseReason,
  RunStatus,
  StepName,
  StepStatus,
  TargetStatus,
} from '../../../lib/run/types';
import type { RunFilter } from '../../../components/useRunView';
import type { AuditProblem } from '../../../lib/run/audit';
import type { UndoLeftReason } from '../../../lib/run/undo';
import { readLocale } from './locale-files';
import { looseKeyTemplates, messageKeyUses, parse, ROOT, sourceFiles, type KeyUse } from './source-scan';

/** Keys of a union, written out once; `satisfies` makes the compiler flag a member added or removed. */
const members = <T extends string>(all: Record<T, true>): string[] => Object.keys(all);

/** The string codes a module writes as `code: '…'` (pre-flight codes are plain strings, not a union). */
function codesIn(...paths: string[]): string[] {
  const codes = new Set<string>();
  for (const file of paths.flatMap((p) => sourceFiles(join(ROOT, p)))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bcode: '(\w+)'/g)) codes.add(m[1]!);
  }
  return [...codes];
}

// CSV problem codes are built in many places; tests/unit/csv checks every code the corpus produces has a text.
const csvProblemCodes = Object.keys(readLocale('en'))
  .filter((k) => k.startsWith('csv_'))
  .map((k) => k.slice(4));
const checkCodes = codesIn('lib/preflight/checks', 'lib/group-route/checks.ts');
const noteCodes = codesIn('lib/preflight/context.ts');

const stepNames = members({
  openProductPage: true,
  openGroupsTab: true,
  openAssignPane: true,
  pick: true,
  submit: true,
  readOutcome: true,
  closePane: true,
  verify: true,
  tick: true,
  openUnassignDialog: true,
  confirm: true,
} satisfies Record<StepName, true>);

/** Prefix -> every suffix the code can put after it. */
const FAMILIES: Record<string, string[]> = {
  csv_: csvProblemCodes,
  check_: checkCodes,
  note_: noteCodes,
  step_: purchaseSteps('Power BI Pro', 3).map((s) => s.code),
  checkName_: members({
    page: true,
    product: true,
    role: true,
    seats: true,
    guests: true,
    usageLocation: true,
    groups: true,
    alreadyCovered: true,
    groupChoice: true,
    entraP1: true,
    groupSeats: true,
    directHolders: true,
  } satisfies Record<CheckId, true>),
  groupRouteFix_: [...LICENSE_ERROR_CATEGORIES],
  role_: [...COLUMN_ROLES],
  runStatus_: members({ ready: true, running: true, paused: true, cancelled: true, done: true } satisfies Record<
    RunStatus,
    true
  >),
  runStep_: stepNames,
  stepStatus_: members({ pending: true, active: true, done: true, failed: true, skipped: true } satisfies Record<
    StepStatus,
    true
  >),
  targetStatus_: members({
    pending: true,
    queued: true,
    picked: true,
    submitted: true,
    assigned: true,
    done: true,
    failed: true,
    skipped: true,
  } satisfies Record<TargetStatus, true>),
  failure_: members({ notFound: true, portalError: true, notVerified: true, unconfirmed: true } satisfies Record<
    FailureCode,
    true
  >),
  pause_: members({
    admin: true,
    targetNotFound: true,
    portalError: true,
    controlMissing: true,
    paneClosed: true,
    signIn: true,
    countMismatch: true,
    notVerified: true,
    unexpectedPage: true,
  } satisfies Record<PauseReason, true>),
  // The in-page overlay names the run step it shows.
  overlayStep_: stepNames,
  filter_: members({ batch: true, all: true, open: true, failed: true, done: true, skipped: true } satisfies Record<
    RunFilter,
    true
  >),
  // The run's summary names each failure code briefly.
  failureShort_: members({ notFound: true, portalError: true, notVerified: true, unconfirmed: true } satisfies Record<
    FailureCode,
    true
  >),
  // SkipReason is open-ended: the run's own reasons (lib/run/types.ts), plus what pre-flight passes
  // in (lib/preflight/runnable-targets.ts): the row notes, guests held or excluded, and the groups
  // check's failure code.
  skip_: [
    'alreadyHad',
    'alreadyHeld',
    'admin',
    'cancelled',
    'otherProduct',
    'actionNotSupported',
    ...noteCodes,
    ...codesIn('lib/preflight/runnable-targets.ts'),
  ],
  // The undo's errors (lib/worker/undo-handlers.ts, AuditProblem codes of lib/run/audit.ts) and why rows stay.
  undoError_: [
    ...members({ notJson: true, notAuditRecord: true, newerVersion: true, invalidField: true } satisfies Record<
      AuditProblem['code'],
      true
    >).map((c) => `audit_${c}`),
    ...[...readFileSync(join(ROOT, 'lib/worker/undo-handlers.ts'), 'utf8').matchAll(/\berror: '(\w+)'/g)].map(
      (m) => m[1]!,
    ),
  ],
  undoLeft_: members({ heldBefore: true, beforeNotRead: true, outcomeUnknown: true } satisfies Record<
    UndoLeftReason,
    true
  >),
  flow_: members({ assignUsers: true, assignGroups: true, unassignUsers: true, unassignGroups: true } satisfies Record<
    FlowKind,
    true
  >),
};

const en = readLocale('en');
/** Where UI code may build a key before calling `t` (the in-page overlay's `t` takes any string). */
const UI_DIRS = ['components', 'entrypoints', 'lib/content'];
const uses: KeyUse[] = [
  ...['components', 'entrypoints', 'lib'].flatMap((dir) =>
    sourceFiles(join(ROOT, dir)).flatMap((f) => messageKeyUses(parse(f))),
  ),
  ...UI_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)).flatMap((f) => looseKeyTemplates(parse(f)))),
];

describe('message keys used in code', () => {
  it('finds the uses (the scan works)', () => {
    expect(uses.filter((u) => u.kind === 'static').length).toBeGreaterThan(50);
    expect(uses.some((u) => u.kind === 'family' && u.prefix === 'runStatus_')).toBe(true);
  });

  it('every literal key exists in English', () => {
    const missing = uses
      .filter((u) => u.kind === 'static' && !(u.key in en))
      .map((u) => `${u.kind === 'static' ? u.key : ''} (${u.where})`);
    expect(missing).toEqual([]);
  });

  it('every dynamic key is a `prefix_${member}` family this test knows', () => {
    const unknown = uses
      .filter((u) => u.kind === 'unsupported' || (u.kind === 'family' && !(u.prefix in FAMILIES)))
      .map((u) => `${u.kind === 'family' ? u.prefix : u.kind === 'unsupported' ? u.text : ''} (${u.where})`);
    expect(unknown).toEqual([]);
  });

  it('every member of every family used exists in English', () => {
    const used = new Set(uses.flatMap((u) => (u.kind === 'family' ? [u.prefix] : [])));
    const missing = [...used].flatMap((prefix) =>
      (FAMILIES[prefix] ?? []).map((m) => prefix + m).filter((key) => !(key in en)),
    );
    expect(missing).toEqual([]);
  });

  it('the families have members (their sources were read)', () => {
    const empty = Object.entries(FAMILIES)
      .filter(([, list]) => list.length === 0)
      .map(([prefix]) => prefix);
    expect(empty).toEqual([]);
    expect(checkCodes).toContain('seatsShort');
    expect(csvProblemCodes).toContain('invalidAddress');
  });

  it('every __MSG_ key of the manifest exists in English', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const keys = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys).toContain('commandNextStep');
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });
});
