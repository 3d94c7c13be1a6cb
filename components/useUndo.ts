import { useState } from 'preact/hooks';
import type { UndoView } from '../lib/messages';
import type { RunMode } from '../lib/run/types';
import { sendMessage } from '../lib/send';
import { t, type MessageKey } from './i18n';

/** The undo's dry run and start, from the active run or an imported audit record's text. */
export function useUndo(tabId: number | undefined, mode: RunMode) {
  const [view, setView] = useState<UndoView | null>(null);
  const [record, setRecord] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function ask(start: boolean, text: string | undefined) {
    if (tabId === undefined) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await sendMessage<'undoRun'>({
        type: 'undoRun',
        tabId,
        mode,
        ...(text !== undefined ? { record: text } : {}),
        ...(start ? { start } : {}),
      });
      if ('error' in answer) {
        setError(t(`undoError_${answer.error}` as MessageKey, ...(answer.params ?? [])));
        setView(null);
      } else setView(answer.runId ? null : answer);
    } catch (e) {
      setError(t('backgroundError', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  return {
    view,
    error,
    busy,
    plan: (text?: string) => {
      setRecord(text);
      return ask(false, text);
    },
    start: () => ask(true, record),
    close: () => {
      setView(null);
      setError(null);
    },
  };
}
