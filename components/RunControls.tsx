import type { RunView } from '../lib/messages';
import { ConfirmButton } from './ConfirmButton';
import { formatNumber, t } from './i18n';
import type { useRunView } from './useRunView';

type Props = { view: RunView; control: ReturnType<typeof useRunView>['control'] };

/** Start, pause, resume and the mode; Cancel apart from them and only after the admin confirmed. */
export function RunControls({ view, control }: Props) {
  const { tally } = view;
  return (
    <div class="stack">
      <div class="row">
        {view.status === 'ready' && (
          <button type="button" class="primary" onClick={() => void control('start')}>
            {t('startRun')}
          </button>
        )}
        {view.status === 'running' && (
          <button type="button" data-testid="pause-run" onClick={() => void control('pause')}>
            {t('pauseRun')}
          </button>
        )}
        {view.status === 'paused' && (
          <button type="button" class="primary" data-testid="resume-run" onClick={() => void control('resume')}>
            {t('resumeRun')}
          </button>
        )}
        <select
          aria-label={t('runMode')}
          value={view.mode}
          onChange={(e) => void control('setMode', { mode: e.currentTarget.value as 'guided' | 'autopilot' })}
        >
          <option value="guided">{t('modeGuided')}</option>
          <option value="autopilot">{t('modeAutopilot')}</option>
        </select>
      </div>
      <div class="row end">
        <ConfirmButton
          label={t('cancelRun')}
          testId="cancel-run"
          question={t('cancelQuestion', formatNumber(tally.open), formatNumber(tally.done))}
          confirm={t('cancelRunConfirm')}
          onConfirm={() => void control('cancel')}
        />
      </div>
    </div>
  );
}
