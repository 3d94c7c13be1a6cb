import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../components/i18n';
import { ADMIN_CENTER_LICENSES_URL, PageSummary } from '../../components/PageSummary';
import { usePageReport } from '../../components/usePageReport';
import { useTabId } from '../../components/useTabId';
import { sendToTab } from '../../lib/send';
import { usePreflight } from '../../components/usePreflight';
import { SpreadsheetSection } from '../../components/SpreadsheetSection';
import { formatNumber } from '../../components/i18n';
import { RunOutcome } from '../../components/RunOutcome';

export function App() {
  const tabId = useTabId();
  const report = usePageReport(tabId);
  const [status, setStatus] = useState('');
  const csv = usePreflight(tabId, report?.at);

  async function copyDiagnostics() {
    if (tabId === undefined || !report) return;
    try {
      const { outline } = await sendToTab<'getOutline'>(tabId, { type: 'getOutline' });
      await navigator.clipboard.writeText(JSON.stringify({ report, outline }, null, 2));
      setStatus(t('diagnosticsCopied'));
    } catch (error) {
      setStatus(t('diagnosticsFailed', error instanceof Error ? error.message : String(error)));
    }
  }

  async function openSidePanel() {
    const sidePanel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
    if (sidePanel && tabId !== undefined) await sidePanel.open({ tabId });
    else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
  }

  return (
    <>
      <header>
        <h1>{t('extName')}</h1>
        <button type="button" onClick={() => void openSidePanel()}>
          {t('openSidePanel')}
        </button>
      </header>
      <main class="stack">
        {report === null && (
          <section class="stack" data-testid="no-report">
            <h2>{t('noReportTitle')}</h2>
            <p>{t('noReportBody')}</p>
            <a class="button primary" href={ADMIN_CENTER_LICENSES_URL} target="_blank" rel="noreferrer">
              {t('openLicensesPage')}
            </a>
          </section>
        )}
        {report && <PageSummary report={report} />}
        {csv.view?.lastRun && <RunOutcome outcome={csv.view.lastRun} />}
        <SpreadsheetSection csv={csv} onStarting={() => void openSidePanel()} />
        {csv.view?.activeRun && (
          <section class="card stack" data-testid="run-summary">
            <h2>{t('runHeading')}</h2>
            <p>
              {t(
                'runSummary',
                t(`runStatus_${csv.view.activeRun.status}` as MessageKey),
                formatNumber(csv.view.activeRun.done),
                formatNumber(csv.view.activeRun.total),
              )}
            </p>
            <button type="button" class="primary" onClick={() => void openSidePanel()}>
              {t('openSidePanel')}
            </button>
          </section>
        )}
        {report && (
          <div class="row">
            <button type="button" onClick={() => void copyDiagnostics()}>
              {t('copyDiagnostics')}
            </button>
            <span role="status" class="muted">
              {status}
            </span>
          </div>
        )}
      </main>
    </>
  );
}
