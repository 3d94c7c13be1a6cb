import { useState } from 'preact/hooks';
import type { DryRunView, PreflightView } from '../lib/messages';
import { DryRun } from './DryRun';
import type { RunMode } from '../lib/run/types';
import { formatNumber, t, type MessageKey } from './i18n';

type Props = {
  view: PreflightView;
  busy: boolean;
  onStart: (mode: RunMode) => void;
  onDryRun: (mode: RunMode, asCsv: boolean) => Promise<DryRunView | undefined>;
};

/** Mode choice and the Start button; Start stays disabled, with the reason, while a check blocks the run. */
export function RunStarter({ view, busy, onStart, onDryRun }: Props) {
  const [mode, setMode] = useState<RunMode>(view.defaultMode);
  const [plan, setPlan] = useState<DryRunView | undefined>();
  const blocked = view.blockedBy.length > 0;
  const nothing = view.runnable.run === 0;
  return (
    <section class="card stack" aria-labelledby="run-heading" data-testid="run-starter">
      <h2 id="run-heading">{t('runHeading')}</h2>
      <p data-testid="runnable">
        {t(
          'runnableCounts',
          formatNumber(view.runnable.run),
          formatNumber(view.runnable.held),
          formatNumber(view.runnable.skipped),
        )}
      </p>
      <label class="row">
        {t('runMode')}
        <select data-testid="run-mode" value={mode} onChange={(e) => setMode(e.currentTarget.value as RunMode)}>
          <option value="guided">{t('modeGuided')}</option>
          <option value="autopilot">{t('modeAutopilot')}</option>
        </select>
      </label>
      <p class="muted">{t(mode === 'guided' ? 'modeGuidedHint' : 'modeAutopilotHint')}</p>
      {blocked && (
        <p class="notice fail" data-testid="run-blocked">
          {t('runBlocked', view.blockedBy.map((id) => t(`checkName_${id}` as MessageKey)).join(', '))}
        </p>
      )}
      {!blocked && nothing && <p class="notice">{t('runNothing')}</p>}
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="start-run"
          disabled={busy || blocked || nothing}
          onClick={() => onStart(mode)}
        >
          {t('startRun')}
        </button>
        <button
          type="button"
          data-testid="dry-run-button"
          disabled={busy}
          onClick={() => void onDryRun(mode, false).then(setPlan)}
        >
          {t('dryRun')}
        </button>
      </div>
      {plan && <DryRun plan={plan} onExport={() => void onDryRun(mode, true)} />}
    </section>
  );
}
