import { useEffect, useState } from 'preact/hooks';
import { formatNumber, t, type MessageKey } from '../../components/i18n';
import { PageSummary } from '../../components/PageSummary';
import { RunProgressBar } from '../../components/RunProgressBar';
import { RunTargetList } from '../../components/RunTargetList';
import { RunControls } from '../../components/RunControls';
import { RunTallyCard } from '../../components/RunTallyCard';
import { ConfirmButton } from '../../components/ConfirmButton';
import { usePageReport } from '../../components/usePageReport';
import { PAGE_SIZE, useRunView, type RunFilter } from '../../components/useRunView';
import { useTabId } from '../../components/useTabId';
import { usePreflight } from '../../components/usePreflight';
import { SpreadsheetSection } from '../../components/SpreadsheetSection';
import { sendMessage } from '../../lib/send';
import { downloadText } from '../../components/download';
import { UndoRun } from '../../components/UndoRun';
import { AuditRecordControls } from '../../components/AuditRecordControls';

const FILTERS: RunFilter[] = ['batch', 'all', 'open', 'failed', 'done', 'skipped'];

async function download(summary: boolean) {
  const file = await sendMessage<'exportReport'>({ type: 'exportReport', summary });
  if (file) downloadText(file.csv, file.fileName);
}

export function App() {
  const tabId = useTabId();
  const report = usePageReport(tabId);
  const [filter, setFilter] = useState<RunFilter>('batch');
  const [offset, setOffset] = useState(0);
  const { view, error, control } = useRunView(filter, offset);
  const csv = usePreflight(tabId, report?.at);
  const active = view && (view.status === 'running' || view.status === 'paused' || view.status === 'ready');
  const ended = view && (view.status === 'done' || view.status === 'cancelled');
  // The open batch is the first thing shown while there is one; afterwards, every target.
  useEffect(() => {
    if (filter === 'batch' && view && !view.batch) setFilter(ended && view.tally.failed > 0 ? 'failed' : 'all');
  }, [filter, view, ended]);

  return (
    <main class="stack" style={{ padding: '12px' }}>
      <h1>{t('sidePanelTitle')}</h1>
      {report && !view && <PageSummary report={report} />}
      {view === null && (
        <p class="muted" data-testid="no-run">
          {t('sidePanelEmpty')}
        </p>
      )}
      {view === null && <SpreadsheetSection csv={csv} onStarting={() => undefined} />}
      {view === null && <AuditRecordControls tabId={tabId} mode="guided" canExport={false} />}
      {error && (
        <p class="notice fail" role="alert">
          {t('backgroundError', error)}
        </p>
      )}
      {view && (
        <section class="stack" data-testid="run" data-run-status={view.status} aria-labelledby="run-title">
          <div class="stack sticky" data-testid="run-head">
            <div>
              <h2 id="run-title">{view.product.name}</h2>
              <p class="muted">
                <span data-testid="run-status">{t(`runStatus_${view.status}` as MessageKey)}</span> ·{' '}
                {t(view.mode === 'guided' ? 'modeGuided' : 'modeAutopilot')}
              </p>
            </div>
            {view.pause && (
              <div class="notice" role="alert" data-testid="run-pause" data-reason={view.pause.reason}>
                <p>{t(`pause_${view.pause.reason}` as MessageKey)}</p>
                {view.pause.text && <p class="portal-words">{t('portalSaid', view.pause.text)}</p>}
              </div>
            )}
            <RunProgressBar
              progress={view.progress}
              submissions={view.submissions}
              {...(view.batch ? { batch: view.batch } : {})}
            />
            {active && <RunControls view={view} control={control} />}
          </div>
          {ended && (
            <RunTallyCard tally={view.tally} onRetryFailed={() => void control('retryFailed')}>
              <button type="button" data-testid="export-summary" onClick={() => void download(true)}>
                {t('exportSummary')}
              </button>
            </RunTallyCard>
          )}
          <div class="row">
            <button type="button" data-testid="export-report" onClick={() => void download(false)}>
              {t('exportReport')}
            </button>
            {!active && (
              <ConfirmButton
                label={t('clearRun')}
                testId="clear-run"
                question={t('clearQuestion')}
                confirm={t('clearRunConfirm')}
                onConfirm={() => void control('clear')}
              />
            )}
          </div>
          {(view.status === 'done' || view.status === 'cancelled' || view.status === 'paused') && (
            <UndoRun tabId={tabId} mode={view.mode} />
          )}
          <AuditRecordControls tabId={tabId} mode={view.mode} canExport />
          <div role="tablist" class="row" aria-label={t('filterLabel')}>
            {FILTERS.filter((f) => f !== 'batch' || view.batch).map((f) => (
              <button
                key={f}
                type="button"
                role="tab"
                aria-selected={filter === f}
                class={filter === f ? 'primary' : ''}
                onClick={() => {
                  setFilter(f);
                  setOffset(0);
                }}
              >
                {f === 'batch' && view.batch
                  ? t('filter_batch', formatNumber(view.batch.n))
                  : t(`filter_${f}` as MessageKey)}
              </button>
            ))}
          </div>
          <RunTargetList
            items={view.items}
            canAct={!!active || !!ended}
            onSkip={(i) => void control('skip', { target: i })}
            onRetry={(i) => void control('retry', { target: i })}
          />
          {view.matching > PAGE_SIZE && (
            <div class="row">
              <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                {t('pagePrevious')}
              </button>
              <span class="muted">
                {t(
                  'pageOf',
                  formatNumber(offset + 1),
                  formatNumber(Math.min(offset + PAGE_SIZE, view.matching)),
                  formatNumber(view.matching),
                )}
              </span>
              <button
                type="button"
                disabled={offset + PAGE_SIZE >= view.matching}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                {t('pageNext')}
              </button>
            </div>
          )}
        </section>
      )}
    </main>
  );
}
