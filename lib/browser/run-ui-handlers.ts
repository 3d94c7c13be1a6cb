// The popup's and side panel's run messages: create a run from the loaded file, the admin's
// commands, the checklist view, and the report export. The run loop itself is in run-turns.ts.
import { getCatalog } from '../catalog';
import type { Handlers } from '../messages';
import { runPreflight, runnableTargets } from '../preflight';
import { browser } from 'wxt/browser';
import { buildReport, createRun, exportReportCsv } from '../run';
import { REPORT_COLUMNS } from '../run/report-csv';
import { pageFactsFromReport } from '../background/csv-summary';
import { planRun } from '../background/run-setup';
import { runView } from '../background/run-view';
import type { RunTurns } from './run-turns';
import { currentCsv } from './loaded-csv';
import { pageReportsItem, readSettings, runFilesItem } from './storage';

function newRunId(now: number): string {
  return `${now.toString(36)}-${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36)}`;
}

export function runUiHandlers(turns: RunTurns): Pick<Handlers, 'createRun' | 'runControl' | 'getRunView' | 'exportReport'> {
  return {
    createRun: async ({ tabId, mode, skuId }) => {
      const [csv, reports, settings] = await Promise.all([currentCsv(), pageReportsItem.getValue(), readSettings()]);
      if (!csv) return { error: 'noFile' };
      const facts = pageFactsFromReport(reports[String(tabId)], skuId);
      const product = facts.product;
      if (!product?.skuId) return { error: 'noProduct' };
      const preflightSettings = { excludeGuestsAlways: settings.guestPolicy === 'exclude', guestsConfirmed: csv.stored.guestsConfirmed };
      const checks = runPreflight(csv.result.targets, facts, preflightSettings, getCatalog());
      const runnable = runnableTargets(csv.result.targets, checks, preflightSettings);
      if (runnable.blockedBy.length > 0) return { error: 'blocked', params: runnable.blockedBy };
      const now = Date.now();
      const { input, excluded } = planRun(csv.result, runnable, { skuId: product.skuId, name: product.name }, {
        id: newRunId(now),
        mode,
        batchSize: settings.batchSize,
        now,
      });
      await runFilesItem.setValue({
        ...(await runFilesItem.getValue()),
        [input.id]: { fileName: csv.stored.fileName, delimiter: csv.result.delimiter, excluded },
      });
      const state = await turns.start(createRun(input), { tabId });
      return { runId: state.id };
    },

    runControl: async ({ command, target, mode }) => {
      if (command === 'clear') {
        await turns.clear();
        return { ok: true };
      }
      const event =
        command === 'start' ? { type: 'started' as const }
        : command === 'pause' ? { type: 'paused' as const, reason: 'admin' as const }
        : command === 'resume' ? { type: 'resumed' as const }
        : command === 'cancel' ? { type: 'cancelled' as const }
        : command === 'setMode' ? (mode ? { type: 'modeSet' as const, mode } : undefined)
        : target === undefined ? undefined
        : command === 'skip' ? { type: 'skipTarget' as const, target }
        : { type: 'retryTarget' as const, target };
      if (!event) return { ok: false, rejected: 'missingArgument' };
      const result = await turns.control(event);
      return result.rejected ? { ok: result.ok, rejected: result.rejected } : { ok: result.ok };
    },

    getRunView: async ({ offset, limit, filter }) => {
      const active = await turns.active();
      return active ? runView(active.state, Date.now(), offset, Math.min(limit, 200), filter) : null;
    },

    exportReport: async () => {
      const active = await turns.active();
      if (!active) return null;
      const file = (await runFilesItem.getValue())[active.state.id];
      const rows = buildReport(active.state, file?.excluded ?? []);
      const delimiter = file?.delimiter === ';' || file?.delimiter === '\t' ? file.delimiter : ',';
      const getMessage = browser.i18n.getMessage as (name: string) => string;
      const headers = Object.fromEntries(REPORT_COLUMNS.map((c) => [c, getMessage(`reportColumn_${c}`) || c]));
      const csv = exportReportCsv(rows, { delimiter, headers });
      const base = (file?.fileName ?? 'licenses').replace(/\.[^.]+$/, '');
      return { csv, fileName: `${base}-report-${new Date().toISOString().slice(0, 10)}.csv` };
    },
  };
}
