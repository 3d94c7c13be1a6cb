import { useRef } from 'preact/hooks';
import { t } from '../../components/i18n';

type Props = { onConfirm: () => void };

/** "Delete all data now", behind a modal confirmation whose first focus is the safe choice. */
export function DeleteAllData({ onConfirm }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => dialog.current?.close();
  return (
    <div class="field">
      <div>
        <button
          type="button"
          class="danger"
          data-testid="delete-all"
          aria-describedby="delete-all-hint"
          onClick={() => dialog.current?.showModal()}
        >
          {t('deleteAllData')}
        </button>
      </div>
      <p class="muted" id="delete-all-hint">
        {t('deleteAllHint')}
      </p>
      <dialog
        ref={dialog}
        class="confirm"
        aria-labelledby="delete-title"
        aria-describedby="delete-body"
        data-testid="delete-dialog"
      >
        <h2 id="delete-title">{t('deleteAllConfirmTitle')}</h2>
        <p id="delete-body">{t('deleteAllConfirmBody')}</p>
        <div class="row">
          <button type="button" data-testid="delete-cancel" onClick={close}>
            {t('deleteAllCancel')}
          </button>
          <button
            type="button"
            class="danger"
            data-testid="delete-confirm"
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            {t('deleteAllConfirm')}
          </button>
        </div>
      </dialog>
    </div>
  );
}
