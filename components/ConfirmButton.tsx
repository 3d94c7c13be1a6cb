import { useState } from 'preact/hooks';
import { t } from './i18n';

type Props = {
  label: string;
  /** What will happen, in the admin's words, asked before it happens. */
  question: string;
  confirm: string;
  testId: string;
  onConfirm: () => void;
};

/** A button whose action cannot be undone: the first click asks, the answer acts or keeps things as they are. */
export function ConfirmButton({ label, question, confirm, testId, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div class="notice stack confirm" role="alertdialog" aria-label={label} data-testid={`${testId}-confirm`}>
      <p>{question}</p>
      <div class="row">
        <button
          type="button"
          class="danger"
          data-testid={`${testId}-yes`}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirm}
        </button>
        <button type="button" data-testid={`${testId}-no`} autoFocus onClick={() => setAsking(false)}>
          {t('confirmKeep')}
        </button>
      </div>
    </div>
  );
}
