import type { CheckResult } from '../lib/preflight/types';
import { formatNumber, t, type MessageKey } from './i18n';

const STATUS_KEYS: Record<CheckResult['status'], MessageKey> = {
  pass: 'statusPass',
  warn: 'statusWarn',
  fail: 'statusFail',
};
const STATUS_ICONS: Record<CheckResult['status'], string> = { pass: '✓', warn: '!', fail: '✕' };
const ROWS_SHOWN = 12;

/** Counts arrive as digit strings: show them in the admin's number format. */
function localized(params: string[]): string[] {
  return params.map((p) => (/^\d+$/.test(p) ? formatNumber(Number(p)) : p));
}

function rowsText(rows: number[]): string {
  const shown = rows.slice(0, ROWS_SHOWN).join(', ');
  return rows.length > ROWS_SHOWN ? t('rowsAndMore', shown, formatNumber(rows.length - ROWS_SHOWN)) : shown;
}

type Props = {
  checks: CheckResult[];
  guestsConfirmed: boolean;
  onConfirmGuests: (confirmed: boolean) => void;
  onRecheck: () => void;
};

/** Each pre-flight check: pass, warn or fail, the rows it concerns, and what to do. */
export function PreflightChecks({ checks, guestsConfirmed, onConfirmGuests, onRecheck }: Props) {
  return (
    <section class="stack" aria-labelledby="checks-heading" data-testid="preflight">
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="checks-heading">{t('checksHeading')}</h2>
        <button type="button" onClick={onRecheck}>
          {t('recheck')}
        </button>
      </div>
      <ul class="checks">
        {checks.map((check) => (
          <li
            key={check.id}
            class={`check ${check.status}`}
            data-check={check.id}
            data-status={check.status}
            data-code={check.code}
          >
            <span class="icon" aria-hidden="true">
              {STATUS_ICONS[check.status]}
            </span>
            <div class="stack" style={{ gap: '4px' }}>
              <span>
                <span class="visually-hidden">{t(STATUS_KEYS[check.status])}: </span>
                {t(`check_${check.code}` as MessageKey, ...localized(check.params))}
              </span>
              {check.rows.length > 0 && <span class="muted">{t('checkRows', rowsText(check.rows))}</span>}
              {check.notes && check.notes.length > 0 && (
                <ul class="muted">
                  {check.notes.slice(0, ROWS_SHOWN).map((n) => (
                    <li key={n.row}>{t('problemAtRow', n.row, t(`note_${n.code}` as MessageKey, ...n.params))}</li>
                  ))}
                </ul>
              )}
              {check.steps && (
                <ol class="steps" data-testid="purchase-steps">
                  {check.steps.map((step) => (
                    <li key={step.id}>{t(`step_${step.code}` as MessageKey, ...localized(step.params))}</li>
                  ))}
                </ol>
              )}
              {check.id === 'guests' && check.rows.length > 0 && (
                <label class="row">
                  <input
                    type="checkbox"
                    checked={guestsConfirmed}
                    data-testid="confirm-guests"
                    onChange={(e) => onConfirmGuests(e.currentTarget.checked)}
                  />
                  {t('confirmGuests')}
                </label>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
