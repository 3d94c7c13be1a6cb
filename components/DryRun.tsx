import type { DryRunView } from '../lib/messages';
import { formatNumber, t, type MessageKey } from './i18n';

function seats(n: number | undefined): string {
  return n === undefined ? t('unknownValue') : formatNumber(n);
}

/** The plan of a run, batch by batch with the seat arithmetic, before anything is done in the portal. */
export function DryRun({ plan, onExport }: { plan: DryRunView; onExport?: () => void }) {
  return (
    <section class="stack" data-testid="dry-run" aria-label={t('dryRun')}>
      <p>
        {t(
          'dryRunSummary',
          formatNumber(plan.submissions),
          seats(plan.availableBefore),
          seats(plan.availableAfter),
          seats(plan.lowest),
          formatNumber(plan.skipped),
        )}
      </p>
      {plan.firstShortBatch !== undefined && (
        <p class="notice fail" role="alert">
          {t('dryRunShort', formatNumber(plan.firstShortBatch))}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('dryRunBatchColumn')}
            </th>
            <th scope="col">{t('dryRunStepColumn')}</th>
            <th scope="col" class="num">
              {t('dryRunCountColumn')}
            </th>
            <th scope="col" class="num">
              {t('dryRunSeatsColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.batches.map((b) => (
            <tr key={b.n} data-flow={b.flow} class={b.belowZero ? 'short' : ''}>
              <td class="num">{formatNumber(b.n)}</td>
              <td>{t(`flow_${b.flow}` as MessageKey)}</td>
              <td class="num">{formatNumber(b.count)}</td>
              <td class="num">
                {seats(b.availableBefore)} → {seats(b.availableAfter)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {onExport && (
        <button type="button" data-testid="export-plan" onClick={onExport}>
          {t('dryRunExport')}
        </button>
      )}
    </section>
  );
}
