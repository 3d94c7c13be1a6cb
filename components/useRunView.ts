import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RunView } from '../lib/messages';
import { sendMessage } from '../lib/send';

export type RunFilter = 'batch' | 'all' | 'open' | 'failed' | 'done' | 'skipped';
export const PAGE_SIZE = 50;

/** The active run's view, asked again whenever the run's stored state changes. */
export function useRunView(filter: RunFilter, offset: number) {
  const [view, setView] = useState<RunView | null | undefined>(undefined);
  const [error, setError] = useState('');

  const refresh = useCallback(async () => {
    try {
      setView(await sendMessage<'getRunView'>({ type: 'getRunView', offset, limit: PAGE_SIZE, filter }));
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [filter, offset]);

  useEffect(() => {
    void refresh();
    // Every event rewrites the run's meta key (`run:<id>`); the active-run key changes on start and clear.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (
        area === 'local' &&
        Object.keys(changes).some((k) => (k.startsWith('run:') && !k.slice(4).includes(':')) || k === 'activeRun')
      )
        void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  const control = useCallback(
    async (
      command: 'start' | 'pause' | 'resume' | 'cancel' | 'skip' | 'retry' | 'retryFailed' | 'setMode' | 'clear',
      extra: { target?: number; mode?: 'guided' | 'autopilot' } = {},
    ) => {
      try {
        await sendMessage<'runControl'>({ type: 'runControl', command, ...extra });
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
      await refresh();
    },
    [refresh],
  );

  return { view, error, refresh, control };
}
