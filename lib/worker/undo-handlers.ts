// The side panel's audit record and undo: export the active run's record as JSON; plan the undo of
// the active run (or of an imported record's run, also after retention removed it) as a dry run;
// start it as an ordinary run linked to the run it undoes.
import { browser } from 'wxt/browser';
import type { Handlers, UndoView } from '../messages';
import { createRun, planOfInput, type RunMode } from '../run';
import { buildAuditRecord, parseAuditRecord } from '../run/audit';
import type { AuditRecord } from '../run/audit-schema';
import type { RunState } from '../run/types';
import { planUndo } from '../run/undo';
import { pageReportsItem, runFilesItem, type RunFile } from '../storage';
import { hostOf, seatsOf } from './audit-facts';
import { dryRunView } from './dry-run-view';
import { activeRun, applyControl, startRun } from './run-controller';
import { baseName, newRunId } from './run-ui-handlers';

/** The seats a tab's page shows for the product, if it shows that product. */
async function pageSeats(tabId: number | undefined, skuId: string) {
  const report = tabId === undefined ? undefined : (await pageReportsItem.getValue())[String(tabId)];
  const sku = skuId.toLowerCase();
  const product =
    report?.product?.skuId?.toLowerCase() === sku
      ? report.product
      : report?.products.find((p) => p.skuId?.toLowerCase() === sku);
  return { report, product };
}

/** A run's audit record; undefined for a run created without its file's facts. */
export async function auditRecordOf(state: RunState, tabId: number | undefined): Promise<AuditRecord | undefined> {
  const file: RunFile | undefined = (await runFilesItem.getValue())[state.id];
  if (!file?.audit) return undefined;
  const { product } = await pageSeats(tabId, state.product.skuId);
  const after = seatsOf(product);
  const a = file.audit;
  return buildAuditRecord(state, {
    file: { name: file.fileName, size: a.size, sha256: a.sha256, rowsRead: a.rowsRead },
    portal: { host: a.host },
    seats: { ...(a.seatsBefore ? { before: a.seatsBefore } : {}), ...(after ? { after } : {}) },
    extensionVersion: browser.runtime.getManifest().version,
    exportedAt: Date.now(),
    ...(a.undoes !== undefined ? { undoes: a.undoes } : {}),
  });
}

const UNDOABLE = new Set<RunState['status']>(['done', 'cancelled', 'paused']);

async function recordToUndo(text: string | undefined): Promise<AuditRecord | { error: string; params?: string[] }> {
  if (text !== undefined) {
    const read = parseAuditRecord(text);
    if ('record' in read) return read.record;
    return { error: `audit_${read.problem.code}`, params: read.problem.field ? [read.problem.field] : [] };
  }
  const active = await activeRun();
  if (!active) return { error: 'noRun' };
  if (!UNDOABLE.has(active.state.status)) return { error: 'undoWhileRunning' };
  return (await auditRecordOf(active.state, active.run.tabId)) ?? { error: 'undoNoRecord' };
}

async function startUndo(
  record: AuditRecord,
  tabId: number,
  mode: RunMode,
  targets: ReturnType<typeof planUndo>['targets'],
) {
  const active = await activeRun();
  // A paused run ends before its undo starts: it must not go on afterwards.
  if (active?.state.status === 'paused') await applyControl({ type: 'cancelled' });
  const { report, product } = await pageSeats(tabId, record.product.skuId);
  const now = Date.now();
  const input = { id: newRunId(now), product: record.product, mode, targets, now };
  const seatsBefore = seatsOf(product);
  await runFilesItem.setValue({
    ...(await runFilesItem.getValue()),
    [input.id]: {
      fileName: record.file.name,
      delimiter: ',',
      excluded: [],
      audit: {
        size: record.file.size,
        sha256: record.file.sha256,
        rowsRead: record.file.rowsRead,
        host: hostOf(report) || record.portal.host,
        undoes: record.runId,
        ...(seatsBefore ? { seatsBefore } : {}),
      },
    },
  });
  const state = await startRun(createRun(input), { tabId });
  return state.id;
}

export function undoHandlers(): Pick<Handlers, 'exportAudit' | 'undoRun'> {
  return {
    exportAudit: async () => {
      const active = await activeRun();
      const record = active && (await auditRecordOf(active.state, active.run.tabId));
      if (!record) return null;
      const day = new Date().toISOString().slice(0, 10);
      return { json: JSON.stringify(record, null, 2), fileName: `${baseName(record.file.name)}-audit-${day}.json` };
    },

    undoRun: async ({ tabId, mode, record: text, start }) => {
      const record = await recordToUndo(text);
      if ('error' in record) return record;
      const { targets, left } = planUndo(record);
      const { product } = await pageSeats(tabId, record.product.skuId);
      const plan = planOfInput(
        { id: 'undo', product: record.product, mode, targets, now: Date.now() },
        { available: product?.available },
      );
      const view: UndoView = {
        undoes: record.runId,
        product: record.product,
        fileName: record.file.name,
        plan: dryRunView(plan),
        left,
      };
      if (!start) return view;
      if (targets.length === 0) return { error: 'undoNothing' };
      const active = await activeRun();
      if (active && !UNDOABLE.has(active.state.status)) return { error: 'undoWhileRunning' };
      return { ...view, runId: await startUndo(record, tabId, mode, targets) };
    },
  };
}
