// Applies the retention period: runs, their report data and the loaded spreadsheet older than the
// setting are deleted whenever the service worker starts or the setting changes.
import { deleteRun, listRuns } from '../run';
import { expiredData } from '../settings/retention';
import { clearCsv } from './loaded-csv';
import { activeRunItem, runStore } from './run-controller';
import { loadedCsvItem, readSettings, runFilesItem } from '../storage';

export async function applyRetention(now = Date.now()): Promise<string[]> {
  const store = runStore();
  const [settings, runs, loaded] = await Promise.all([readSettings(), listRuns(store), loadedCsvItem.getValue()]);
  const plan = expiredData({ now, retentionDays: settings.retentionDays, runs, loadedCsvAt: loaded?.loadedAt ?? null });
  if (plan.runIds.length > 0) {
    for (const id of plan.runIds) await deleteRun(store, id);
    const files = await runFilesItem.getValue();
    await runFilesItem.setValue(Object.fromEntries(Object.entries(files).filter(([id]) => !plan.runIds.includes(id))));
    const active = await activeRunItem.getValue();
    if (active && plan.runIds.includes(active.id)) await activeRunItem.setValue(null);
  }
  if (plan.loadedCsv) await clearCsv();
  return plan.runIds;
}
