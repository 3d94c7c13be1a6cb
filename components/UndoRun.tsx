import type { RunMode } from '../lib/run/types';
import { t } from './i18n';
import { UndoPlan } from './UndoPlan';
import { useUndo } from './useUndo';

type Props = { tabId: number | undefined; mode: RunMode };

/** "Undo this run" on a finished, cancelled or paused run: its dry run first, then the undo run. */
export function UndoRun({ tabId, mode }: Props) {
  const undo = useUndo(tabId, mode);
  return (
    <div class="stack">
      {!undo.view && (
        <div class="row">
          <button type="button" data-testid="undo-run" disabled={undo.busy} onClick={() => void undo.plan()}>
            {t('undoRun')}
          </button>
        </div>
      )}
      {undo.error && (
        <p class="notice fail" role="alert" data-testid="undo-error">
          {undo.error}
        </p>
      )}
      {undo.view && (
        <UndoPlan view={undo.view} busy={undo.busy} onStart={() => void undo.start()} onClose={undo.close} />
      )}
    </div>
  );
}
