import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatNumber, t, type MessageKey } from '../../components/i18n';
import {
  DEFAULT_RETENTION_DAYS,
  GUEST_POLICIES,
  MAX_BATCH_SIZE,
  MIN_BATCH_SIZE,
  RETENTION_CHOICES,
  RUN_MODES,
  isBatchSize,
  type GuestPolicy,
  type RunMode,
} from '../../lib/settings/settings';
import { DeleteAllData } from './DeleteAllData';
import { useSettings } from './useSettings';
import { useShortcut } from './useShortcut';

const MODE_LABELS: Record<RunMode, [MessageKey, MessageKey]> = {
  guided: ['modeGuided', 'modeGuidedHint'],
  autopilot: ['modeAutopilot', 'modeAutopilotHint'],
};
const GUEST_LABELS: Record<GuestPolicy, MessageKey> = { ask: 'guestPolicyAsk', exclude: 'guestPolicyExclude' };

function retentionLabel(days: number): string {
  const text = days === 1 ? t('retentionOneDay') : t('retentionDays', formatNumber(days));
  return days === DEFAULT_RETENTION_DAYS ? t('retentionDefault', text) : text;
}

/** Everything the browser keeps for License Pilot: local (runs, the file, settings) and session (page reports). */
async function deleteAllData(): Promise<void> {
  await Promise.all([browser.storage.local.clear(), browser.storage.session?.clear()]);
}

export function App() {
  const { settings, save } = useSettings();
  const shortcut = useShortcut('next-step');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [batchText, setBatchText] = useState('');
  const [batchInvalid, setBatchInvalid] = useState(false);

  // Whenever the stored settings change (a save, another window, "delete all"), show what is stored.
  useEffect(() => {
    if (!settings) return;
    setBatchText(String(settings.batchSize));
    setBatchInvalid(false);
  }, [settings]);

  async function act(work: () => Promise<void>, done: MessageKey, failed: MessageKey) {
    setError('');
    setStatus('');
    try {
      await work();
      setStatus(t(done));
    } catch (e) {
      setError(t(failed, e instanceof Error ? e.message : String(e)));
    }
  }
  const change = (patch: Parameters<typeof save>[0]) => void act(() => save(patch), 'settingsSaved', 'storageFailed');

  function changeBatch(text: string) {
    const value = Number(text);
    const valid = text.trim() !== '' && isBatchSize(value);
    setBatchInvalid(!valid);
    if (valid) change({ batchSize: value });
  }

  if (!settings) return <main class="options" aria-busy="true" />;
  const range = [formatNumber(MIN_BATCH_SIZE), formatNumber(MAX_BATCH_SIZE)];

  return (
    <main class="options stack">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>

      <section class="card stack" aria-labelledby="runs-heading">
        <h2 id="runs-heading">{t('optionsRunsHeading')}</h2>
        <fieldset data-testid="default-mode">
          <legend>{t('optionsDefaultMode')}</legend>
          {RUN_MODES.map((mode) => (
            <label key={mode} class="choice">
              <input
                type="radio"
                name="defaultMode"
                value={mode}
                checked={settings.defaultMode === mode}
                aria-describedby={`mode-${mode}-hint`}
                onChange={() => change({ defaultMode: mode })}
              />
              <span>
                {t(MODE_LABELS[mode][0])}
                <span class="muted hint" id={`mode-${mode}-hint`}>
                  {t(MODE_LABELS[mode][1])}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="batch-size">{t('optionsBatchSize')}</label>
          <input
            id="batch-size"
            type="number"
            inputMode="numeric"
            min={MIN_BATCH_SIZE}
            max={MAX_BATCH_SIZE}
            step={1}
            value={batchText}
            data-testid="batch-size"
            aria-invalid={batchInvalid}
            aria-describedby={batchInvalid ? 'batch-size-error batch-size-hint' : 'batch-size-hint'}
            onInput={(e) => setBatchText(e.currentTarget.value)}
            onChange={(e) => changeBatch(e.currentTarget.value)}
          />
          {batchInvalid && (
            <p class="field-error" id="batch-size-error">
              {t('optionsBatchSizeInvalid', ...range)}
            </p>
          )}
          <p class="muted" id="batch-size-hint">
            {t('optionsBatchSizeHint', ...range)}
          </p>
        </div>
        <fieldset data-testid="guest-policy">
          <legend>{t('optionsGuestPolicy')}</legend>
          {GUEST_POLICIES.map((policy) => (
            <label key={policy} class="choice">
              <input
                type="radio"
                name="guestPolicy"
                value={policy}
                checked={settings.guestPolicy === policy}
                onChange={() => change({ guestPolicy: policy })}
              />
              <span>{t(GUEST_LABELS[policy])}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section class="card stack" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('optionsDataHeading')}</h2>
        <div class="field">
          <label for="retention">{t('optionsRetention')}</label>
          <select
            id="retention"
            data-testid="retention"
            value={String(settings.retentionDays)}
            aria-describedby="retention-hint"
            onChange={(e) => change({ retentionDays: Number(e.currentTarget.value) })}
          >
            {RETENTION_CHOICES.map((days) => (
              <option key={days} value={String(days)}>
                {retentionLabel(days)}
              </option>
            ))}
          </select>
          <p class="muted" id="retention-hint">
            {t('optionsRetentionHint')}
          </p>
        </div>
        <DeleteAllData onConfirm={() => void act(deleteAllData, 'dataDeleted', 'deleteFailed')} />
      </section>

      <section class="card stack" aria-labelledby="keyboard-heading">
        <h2 id="keyboard-heading">{t('optionsShortcutHeading')}</h2>
        <p data-testid="shortcut">
          {t('optionsShortcut', shortcut === undefined ? '…' : shortcut || t('optionsShortcutUnset'))}
        </p>
        <p class="muted">{t('optionsShortcutHint')}</p>
      </section>

      <p role="status" class="status" data-testid="options-status">
        {status}
      </p>
      {error && (
        <p role="alert" class="notice fail" data-testid="options-error">
          {error}
        </p>
      )}
    </main>
  );
}
