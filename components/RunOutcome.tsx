import type { RunOutcomeView } from '../lib/messages';
import { formatNumber, t } from './i18n';

function Figure({ id, label, value }: { id: string; label: string; value: number }) {
  return (
    <div class="seat" data-outcome={id}>
      <strong>{formatNumber(value)}</strong>
      <span class="muted">{label}</span>
    </div>
  );
}

/** What the last run came to: the popup shows this after a run, not a purchase plan. */
export function RunOutcome({ outcome }: { outcome: RunOutcomeView }) {
  return (
    <section class="card stack" data-testid="run-outcome">
      <h2>{t(outcome.status === 'cancelled' ? 'runOutcomeCancelled' : 'runOutcomeHeading', outcome.product.name)}</h2>
      <div class="seats">
        <Figure id="assigned" label={t('runOutcomeAssigned')} value={outcome.assigned} />
        <Figure id="alreadyHeld" label={t('runOutcomeAlreadyHeld')} value={outcome.alreadyHeld} />
        <Figure id="failed" label={t('runOutcomeFailed')} value={outcome.failed} />
        <Figure id="skipped" label={t('runOutcomeSkipped')} value={outcome.skipped} />
        {outcome.unassigned > 0 && (
          <Figure id="unassigned" label={t('runOutcomeUnassigned')} value={outcome.unassigned} />
        )}
        {outcome.seatsLeft !== undefined && (
          <Figure id="seatsLeft" label={t('runOutcomeSeatsLeft')} value={outcome.seatsLeft} />
        )}
      </div>
    </section>
  );
}
