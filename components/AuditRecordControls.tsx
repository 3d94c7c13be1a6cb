import type { RunMode } from '../lib/run/types';
import { sendMessage } from '../lib/send';
import { downloadText } from './download';
import { t } from './i18n';
import { UndoPlan } from './UndoPlan';
import { useUndo } from './useUndo';

async function exportAudit() {
  const record = await sendMessage<'exportAudit'>({ type: 'exportAudit' });
  if (record) downloadText(record.json, record.fileName, 'application/json');
}

type Props = { tabId: number | undefined; mode: RunMode; canExport: boolean };

/** Export the run's audit record (JSON); import one, also after the run was deleted, to plan its undo. */
export function AuditRecordControls({ tabId, mode, canExport }: Props) {
  const undo = useUndo(tabId, mode);
  return (
    <div class="stack">
      <div class="row">
        {canExport && (
          <button type="button" data-testid="export-audit" onClick={() => void exportAudit()}>
            {t('exportAudit')}
          </button>
        )}
        <label class="file">
          {t('importAudit')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-audit"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void file.text().then((text) => undo.plan(text));
            }}
          />
        </label>
      </div>
      {undo.error && (
        <p class="notice fail" role="alert" data-testid="import-error">
          {undo.error}
        </p>
      )}
      {undo.view && (
        <UndoPlan view={undo.view} busy={undo.busy} onStart={() => void undo.start()} onClose={undo.close} />
      )}
    </div>
  );
}
