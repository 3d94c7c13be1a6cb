import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PreflightView } from '../lib/messages';
import { sendMessage } from '../lib/send';
import { downloadText } from './download';

/** The loaded file's summary and pre-flight for a tab; asked again when the page report changes. */
export function usePreflight(tabId: number | undefined, reportAt: string | undefined) {
  const [view, setView] = useState<PreflightView | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  // Answers can arrive out of order (a page change and an action both ask): keep only the latest.
  const asked = useRef(0);
  const refresh = useCallback(async () => {
    if (tabId === undefined) return;
    const ask = ++asked.current;
    try {
      const answer = await sendMessage<'getPreflight'>({ type: 'getPreflight', tabId });
      if (ask === asked.current) setView(answer);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [tabId]);

  useEffect(() => void refresh(), [refresh, reportAt]);

  const act = useCallback(
    async (work: () => Promise<unknown>) => {
      setBusy(true);
      setError('');
      try {
        await work();
        await refresh();
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    },
    [refresh],
  );

  return {
    view,
    busy,
    error,
    refresh,
    load: (fileName: string, base64: string) =>
      act(() => sendMessage<'loadCsv'>({ type: 'loadCsv', fileName, base64 })),
    override: (overrides: Record<string, unknown>) =>
      act(() => sendMessage<'setCsvOverrides'>({ type: 'setCsvOverrides', overrides })),
    clear: () => act(() => sendMessage<'clearCsv'>({ type: 'clearCsv' })),
    start: (mode: 'guided' | 'autopilot') =>
      act(async () => {
        if (tabId === undefined) return;
        const answer = await sendMessage<'createRun'>({ type: 'createRun', tabId, mode });
        if ('error' in answer) throw new Error(answer.error);
      }),
    /** The dry run's plan; with `asCsv` also downloads it. */
    dryRun: async (mode: 'guided' | 'autopilot', asCsv: boolean) => {
      if (tabId === undefined) return undefined;
      try {
        const answer = await sendMessage<'dryRun'>({ type: 'dryRun', tabId, mode, asCsv });
        if ('error' in answer) throw new Error(answer.error);
        if (answer.csv && answer.fileName) downloadText(answer.csv, answer.fileName);
        return answer.plan;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return undefined;
      }
    },
    confirmGuests: (confirmed: boolean) => {
      // Shown at once: a re-render before the background answers must not untick the box, and an
      // answer asked for before this change is dropped.
      asked.current++;
      setView((v) => (v ? { ...v, guestsConfirmed: confirmed } : v));
      return act(() => sendMessage<'confirmGuests'>({ type: 'confirmGuests', confirmed }));
    },
  };
}
