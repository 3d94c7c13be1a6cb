import type { RunProgress } from '../lib/run/progress';
import { formatNumber, t } from './i18n';

function minutes(ms: number): string {
  return formatNumber(Math.max(1, Math.round(ms / 60_000)));
}

type Props = { progress: RunProgress; submissions: number; batch?: { n: number; of: number } };

/** Progress with percentage, batch, time left and counts; announced politely to screen readers. */
export function RunProgressBar({ progress, submissions, batch }: Props) {
  return (
    <div class="stack" style={{ gap: '4px' }}>
      <div
        class="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-label={t('progressLabel')}
      >
        <div class="bar" style={{ width: `${progress.percent}%` }} />
      </div>
      <p data-testid="run-position">
        <strong>{t('percentDone', formatNumber(progress.percent))}</strong>
        {batch && ` · ${t('batchOf', formatNumber(batch.n), formatNumber(batch.of))}`}
        {' · '}
        {progress.timeLeftMs === undefined
          ? t('timeLeftUnknown')
          : progress.timeLeftMs === 0
            ? t('timeLeftNone')
            : t('timeLeft', minutes(progress.timeLeftMs))}
      </p>
      <p class="muted" aria-live="polite" data-testid="run-counts">
        {t(
          'progressCounts',
          formatNumber(progress.done),
          formatNumber(progress.failed),
          formatNumber(progress.skipped),
          formatNumber(progress.pending),
          formatNumber(progress.total),
        )}
        {' · '}
        {t('submissionsCount', formatNumber(submissions))}
      </p>
    </div>
  );
}
