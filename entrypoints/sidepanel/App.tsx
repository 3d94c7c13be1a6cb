import { useState } from 'preact/hooks';
import { formatNumber, t, type MessageKey } from '../../components/i18n';
import { PageSummary } from '../../components/PageSummary';
import { RunProgressBar } from '../../components/RunProgressBar';
import { RunTargetList } from '../../components/RunTargetList';
import { usePageReport } from '../../components/usePageReport';
import { PAGE_SIZE, useRunView, type RunFilter } from '../../components/useRunView';
import { useTabId } from '../../components/useTabId';
import { usePreflight } from '../../components/usePreflight';
import { SpreadsheetSection } from '../../components/SpreadsheetSection';
import { sendMessage } from '../../lib/send';
import { downloadText } from '../../components/download';
import { UndoRun } from '../../components/UndoRun';
import { AuditRecordControls } from '../../components/AuditRecordControls';

const FILTERS: RunFilter[] = ['all', 'open', 'failed', 'done', 'skipped'];

async function downloadReport() {
  const report = await sendMessage<'exportReport'>({ type: 'exportReport' });
  if (report) downloadText(report.csv, report.fileName);
}

export function App() {
  const tabId = useTabId();
  const report = usePageReport(tabId);
  const [filter, setFilter] = useState<RunFilter>('all');
  const [offset, setOffset] = useState(0);
  const { view, error, control } = useRunView(filter, offset);
  const csv = usePreflight(tabId, report?.at);
  const active = view && (view.status === 'running' || view.status === 'paused' || view.status === 'ready');

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
              {view.pause.text && <p class="portal-words">“{view.pause.text}”</p>}
            </div>
          )}
          <RunProgressBar progress={view.progress} submissions={view.submissions} />
          <div class="row">
            {view.status === 'ready' && (
              <button type="button" class="primary" onClick={() => void control('start')}>
                {t('startRun')}
              </button>
            )}
            {view.status === 'running' && (
              <button type="button" data-testid="pause-run" onClick={() => void control('pause')}>
                {t('pauseRun')}
              </button>
            )}
            {view.status === 'paused' && (
              <button type="button" class="primary" data-testid="resume-run" onClick={() => void control('resume')}>
                {t('resumeRun')}
              </button>
            )}
            {active && (
              <button type="button" onClick={() => void control('cancel')}>
                {t('cancelRun')}
              </button>
            )}
            {active && (
              <select
                aria-label={t('runMode')}
                value={view.mode}
                onChange={(e) => void control('setMode', { mode: e.currentTarget.value as 'guided' | 'autopilot' })}
              >
                <option value="guided">{t('modeGuided')}</option>
                <option value="autopilot">{t('modeAutopilot')}</option>
              </select>
            )}
            <button type="button" data-testid="export-report" onClick={() => void downloadReport()}>
              {t('exportReport')}
            </button>
            {!active && (
              <button type="button" onClick={() => void control('clear')}>
                {t('clearRun')}
              </button>
            )}
          </div>
          {(view.status === 'done' || view.status === 'cancelled' || view.status === 'paused') && (
            <UndoRun tabId={tabId} mode={view.mode} />
          )}
          <AuditRecordControls tabId={tabId} mode={view.mode} canExport />
          <div role="tablist" class="row" aria-label={t('filterLabel')}>
            {FILTERS.map((f) => (
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
                {t(`filter_${f}` as MessageKey)}
              </button>
            ))}
          </div>
          <RunTargetList
            items={view.items}
            canAct={!!active}
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
