import type { ComponentChildren } from 'preact';
import type { RunTally } from '../lib/run/tally';
import { formatNumber, t, type MessageKey } from './i18n';

function minutes(ms: number): string {
  return formatNumber(Math.max(1, Math.round(ms / 60_000)));
}

type Props = { tally: RunTally; onRetryFailed?: () => void; children?: ComponentChildren };

/** The run's end in figures: done, already held, failed with reasons, skipped, left undone, seats, time. */
export function RunTallyCard({ tally, onRetryFailed, children }: Props) {
  const line = (key: MessageKey, value: number, testId: string) => (
    <tr data-testid={testId}>
      <th scope="row">{t(key)}</th>
      <td class="num">{formatNumber(value)}</td>
    </tr>
  );
  return (
    <section class="card stack" data-testid="run-tally" aria-labelledby="run-tally-title">
      <h2 id="run-tally-title">{t(tally.status === 'cancelled' ? 'tallyTitleCancelled' : 'tallyTitleDone')}</h2>
      <table>
        <tbody>
          {line('tallyDone', tally.done, 'tally-done')}
          {line('tallyAlreadyHeld', tally.alreadyHeld, 'tally-held')}
          {line('tallyFailed', tally.failed, 'tally-failed')}
          {tally.failedBy.map((f) => (
            <tr key={f.code} class="sub">
              <td>{t(`failureShort_${f.code}` as MessageKey)}</td>
              <td class="num">{formatNumber(f.count)}</td>
            </tr>
          ))}
          {line('tallySkipped', tally.skipped, 'tally-skipped')}
          {tally.cancelled > 0 && line('tallyCancelled', tally.cancelled, 'tally-cancelled')}
          {tally.open > 0 && line('tallyOpen', tally.open, 'tally-open')}
        </tbody>
      </table>
      {tally.seatsBefore !== undefined && tally.seatsAfter !== undefined && (
        <p data-testid="tally-seats">
          {t('tallySeats', formatNumber(tally.seatsBefore), formatNumber(tally.seatsAfter))}
        </p>
      )}
      {tally.tookMs !== undefined && <p class="muted">{t('tallyTook', minutes(tally.tookMs))}</p>}
      <div class="row">
        {onRetryFailed && tally.failed > 0 && (
          <button type="button" class="primary" data-testid="retry-failed" onClick={onRetryFailed}>
            {t('retryAllFailed', formatNumber(tally.failed))}
          </button>
        )}
        {children}
      </div>
    </section>
  );
}
