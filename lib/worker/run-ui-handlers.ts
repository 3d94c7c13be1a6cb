// The popup's and side panel's run messages: create a run from the loaded file, the admin's
// commands, the checklist view, and the report export. The run loop itself is in run-turns.ts.
import type { Handlers } from '../messages';
import { dryRunView } from './dry-run-view';
import { auditFactsOf } from './audit-facts';
import { evaluatePreflight } from './evaluate-preflight';
import { browser } from 'wxt/browser';
import {
  buildReport,
  createRun,
  exportPlanCsv,
  exportReportCsv,
  PLAN_COLUMNS,
  planOfInput,
  type RunMode,
} from '../run';
import { localTime, REPORT_COLUMNS } from '../run/report-csv';
import { tallyOf } from '../run/tally';
import { exportTallyCsv } from '../run/tally-csv';
import { sourceRows } from '../csv/source-rows';
import { columnLetter } from '../csv/columns';
import { pageFactsWithHolders } from './page-facts';
import { planRun, type RunSetup } from './run-setup';
import { runView } from './run-view';
import { activeRun, applyControl, clearActiveRun, startRun } from './run-controller';
import { base64ToBytes, currentCsv } from './loaded-csv';
import { pageReportsItem, readSettings, runFilesItem, type RunAuditFacts, type RunFile } from '../storage';

export function newRunId(now: number): string {
  return `${now.toString(36)}-${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36)}`;
}

type Prepared = {
  setup: RunSetup;
  fileName: string;
  delimiter: string;
  source: NonNullable<RunFile['source']>;
  available?: number;
  blockedBy: string[];
  audit: () => Promise<RunAuditFacts>;
};

/** What a run started now from the loaded file on this tab's page would be; shared by start and dry run. */
async function prepareRun(tabId: number, mode: RunMode, skuId?: string): Promise<Prepared | { error: string }> {
  const [csv, reports, settings] = await Promise.all([currentCsv(), pageReportsItem.getValue(), readSettings()]);
  if (!csv) return { error: 'noFile' };
  // Who holds the product is read again before a run starts when the last reading is stale.
  const { facts } = await pageFactsWithHolders(tabId, reports[String(tabId)], skuId, { mayRead: true });
  const product = facts.product;
  if (!product?.skuId) return { error: 'noProduct' };
  const { runnable } = evaluatePreflight(csv.result.targets, facts, settings, csv.stored.guestsConfirmed);
  const now = Date.now();
  const setup = planRun(
    csv.result,
    runnable,
    { skuId: product.skuId, name: product.name },
    {
      id: newRunId(now),
      mode,
      batchSize: settings.batchSize,
      now,
    },
  );
  return {
    setup,
    fileName: csv.stored.fileName,
    delimiter: csv.result.delimiter,
    source: {
      base64: csv.stored.base64,
      encoding: csv.result.encoding,
      header: csv.result.columns.map((c, i) => (csv.result.hasHeader && c.header ? c.header : columnLetter(i))),
    },
    available: product.available,
    blockedBy: runnable.blockedBy,
    audit: () => auditFactsOf(csv.stored.base64, csv.result.rowCount, reports[String(tabId)], product),
  };
}

export function csvDelimiter(d: string | undefined): ',' | ';' | '\t' {
  return d === ';' || d === '\t' ? d : ',';
}

/** A report code in the admin's language: its own text, else the skip reason's, else the code. */
function reportLabel(code: string): string {
  const getMessage = browser.i18n.getMessage as (name: string) => string;
  return getMessage(`reportValue_${code}`) || getMessage(`skip_${code}`) || code;
}

/** The admin's rows from the file kept with the run. */
function sourceOf(source: NonNullable<RunFile['source']>, delimiter: string) {
  return { header: source.header, rows: sourceRows(base64ToBytes(source.base64), { ...source, delimiter }) };
}

export function baseName(fileName: string | undefined): string {
  return (fileName ?? 'licenses').replace(/\.[^.]+$/, '');
}

export function runUiHandlers(): Pick<Handlers, 'createRun' | 'runControl' | 'getRunView' | 'exportReport' | 'dryRun'> {
  return {
    createRun: async ({ tabId, mode, skuId }) => {
      const prepared = await prepareRun(tabId, mode, skuId);
      if ('error' in prepared) return prepared;
      if (prepared.blockedBy.length > 0) return { error: 'blocked', params: prepared.blockedBy };
      const { input, excluded } = prepared.setup;
      await runFilesItem.setValue({
        ...(await runFilesItem.getValue()),
        [input.id]: {
          fileName: prepared.fileName,
          delimiter: prepared.delimiter,
          excluded,
          source: prepared.source,
          audit: await prepared.audit(),
        },
      });
      const state = await startRun(createRun(input), { tabId });
      return { runId: state.id };
    },

    runControl: async ({ command, target, mode }) => {
      if (command === 'clear') {
        await clearActiveRun();
        return { ok: true };
      }
      const event =
        command === 'start'
          ? { type: 'started' as const }
          : command === 'pause'
            ? { type: 'paused' as const, reason: 'admin' as const }
            : command === 'resume'
              ? { type: 'resumed' as const }
              : command === 'cancel'
                ? { type: 'cancelled' as const }
                : command === 'setMode'
                  ? mode
                    ? { type: 'modeSet' as const, mode }
                    : undefined
                  : target === undefined
                    ? undefined
                    : command === 'skip'
                      ? { type: 'skipTarget' as const, target }
                      : { type: 'retryTarget' as const, target };
      if (command === 'retryFailed') {
        const result = await applyControl({ type: 'retryFailed' });
        return result.rejected ? { ok: result.ok, rejected: result.rejected } : { ok: result.ok };
      }
      if (!event) return { ok: false, rejected: 'missingArgument' };
      const result = await applyControl(event);
      return result.rejected ? { ok: result.ok, rejected: result.rejected } : { ok: result.ok };
    },

    dryRun: async ({ tabId, mode, asCsv }) => {
      const prepared = await prepareRun(tabId, mode);
      if ('error' in prepared) return prepared;
      const plan = planOfInput(prepared.setup.input, { available: prepared.available });
      const view = dryRunView(plan);
      if (!asCsv) return { plan: view };
      const getMessage = browser.i18n.getMessage as (name: string) => string;
      const headers = Object.fromEntries(PLAN_COLUMNS.map((c) => [c, getMessage(`planColumn_${c}`) || c]));
      const csv = exportPlanCsv(plan, { delimiter: csvDelimiter(prepared.delimiter), headers });
      return {
        plan: view,
        csv,
        fileName: `${baseName(prepared.fileName)}-dry-run-${new Date().toISOString().slice(0, 10)}.csv`,
      };
    },

    getRunView: async ({ offset, limit, filter }) => {
      const active = await activeRun();
      return active ? runView(active.state, Date.now(), offset, Math.min(limit, 200), filter) : null;
    },

    exportReport: async ({ summary }) => {
      const active = await activeRun();
      if (!active) return null;
      const s = active.state;
      const file = (await runFilesItem.getValue())[s.id];
      const delimiter = csvDelimiter(file?.delimiter);
      const getMessage = browser.i18n.getMessage as (name: string) => string;
      const day = localTime(Date.now()).slice(0, 10);
      if (summary) {
        const csv = exportTallyCsv(tallyOf(s, Date.now()), {
          delimiter,
          product: s.product.name,
          fileName: file?.fileName ?? '',
          ...(s.startedAt !== undefined ? { startedAt: s.startedAt } : {}),
          ...(s.endedAt !== undefined ? { endedAt: s.endedAt } : {}),
          label: (code) =>
            (code.startsWith('status_')
              ? getMessage(`runStatus_${code.slice(7)}`)
              : getMessage(`summaryLine_${code}`)) || reportLabel(code),
        });
        return { csv, fileName: `${baseName(file?.fileName)}-summary-${day}.csv` };
      }
      const rows = buildReport(s, file?.excluded ?? []);
      const headers = Object.fromEntries(REPORT_COLUMNS.map((c) => [c, getMessage(`reportColumn_${c}`) || c]));
      const csv = exportReportCsv(rows, {
        delimiter,
        headers,
        label: reportLabel,
        ...(file?.source ? { source: sourceOf(file.source, file.delimiter) } : {}),
      });
      return { csv, fileName: `${baseName(file?.fileName)}-report-${day}.csv` };
    },
  };
}
