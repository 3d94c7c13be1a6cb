import { t } from '../../components/i18n';
import { PageSummary } from '../../components/PageSummary';
import { usePageReport } from '../../components/usePageReport';
import { useTabId } from '../../components/useTabId';

export function App() {
  const tabId = useTabId();
  const report = usePageReport(tabId);
  return (
    <main class="stack" style={{ padding: '12px' }}>
      <h1>{t('sidePanelTitle')}</h1>
      {report && <PageSummary report={report} />}
      <p class="muted" data-testid="no-run">{t('sidePanelEmpty')}</p>
    </main>
  );
}
