import type { RunView } from '../lib/messages';
import { formatNumber, formatTime, t, type MessageKey } from './i18n';

const STATUS_CLASS: Record<string, string> = { done: 'pass', assigned: 'pass', failed: 'fail', skipped: 'skip' };

type Props = {
  items: RunView['items'];
  onSkip: (index: number) => void;
  onRetry: (index: number) => void;
  canAct: boolean;
};

/** Every target with its status and steps; skip and retry per target. */
export function RunTargetList({ items, onSkip, onRetry, canAct }: Props) {
  return (
    <ul class="targets" data-testid="run-targets">
      {items.map((item) => (
        <li
          key={item.index}
          class={`target ${STATUS_CLASS[item.status] ?? ''}`}
          data-status={item.status}
          data-row={item.row}
        >
          <details>
            <summary>
              <span class="muted">{t('rowNumber', formatNumber(item.row))}</span> <span class="id">{item.id}</span>{' '}
              <span class={`chip ${STATUS_CLASS[item.status] ?? ''}`}>
                {t(`targetStatus_${item.status}` as MessageKey)}
              </span>
              {item.batch > 0 && <span class="muted"> · {t('batchNumber', formatNumber(item.batch))}</span>}
            </summary>
            {item.failureText && (
              <p class="portal-words" data-testid="failure-text">
                {item.failureText}
              </p>
            )}
            {!item.failureText && item.failure && (
              <p class="portal-words">{t(`failure_${item.failure}` as MessageKey)}</p>
            )}
            {item.skip && <p class="muted">{t('skippedBecause', t(`skip_${item.skip}` as MessageKey))}</p>}
            <ol class="steps">
              {item.steps.map((s) => (
                <li key={s.step} class={`step ${s.status}`} data-step={s.step} data-status={s.status}>
                  {t(`runStep_${s.step}` as MessageKey)} — {t(`stepStatus_${s.status}` as MessageKey)}
                  {s.at !== undefined && <span class="muted"> {formatTime(new Date(s.at).toISOString())}</span>}
                  {s.text && <span class="portal-words"> “{s.text}”</span>}
                </li>
              ))}
            </ol>
            {canAct && (
              <div class="row">
                {(item.status === 'pending' || item.status === 'queued' || item.status === 'failed') && (
                  <button type="button" onClick={() => onSkip(item.index)}>
                    {t('skipTarget')}
                  </button>
                )}
                {(item.status === 'failed' || item.status === 'skipped') && (
                  <button type="button" onClick={() => onRetry(item.index)}>
                    {t('retryTarget')}
                  </button>
                )}
              </div>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}
