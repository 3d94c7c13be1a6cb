import type { UndoView } from '../lib/messages';
import { DryRun } from './DryRun';
import { formatNumber, t, type MessageKey } from './i18n';

type Props = { view: UndoView; busy: boolean; onStart: () => void; onClose: () => void };

/** The undo as a dry run: what will change, batch by batch with the seats, and what it leaves as is. */
export function UndoPlan({ view, busy, onStart, onClose }: Props) {
  const nothing = view.plan.batches.length === 0;
  return (
    <section class="stack" data-testid="undo-plan" aria-label={t('undoPlanTitle')}>
      <h3>{t('undoPlanTitle')}</h3>
      <p>{t('undoPlanOf', view.product.name, view.fileName)}</p>
      {nothing ? <p data-testid="undo-nothing">{t('undoError_undoNothing')}</p> : <DryRun plan={view.plan} />}
      {view.left.length > 0 && (
        <details>
          <summary>{t('undoLeftSummary', formatNumber(view.left.length))}</summary>
          <ul data-testid="undo-left">
            {view.left.map((l) => (
              <li key={`${l.row}-${l.id}`}>
                {t('undoLeftRow', formatNumber(l.row), l.id, t(`undoLeft_${l.reason}` as MessageKey))}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="row">
        {!nothing && (
          <button type="button" class="primary" data-testid="start-undo" disabled={busy} onClick={onStart}>
            {t('undoStart')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('undoClose')}
        </button>
      </div>
    </section>
  );
}
