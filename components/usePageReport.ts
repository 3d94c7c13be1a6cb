import { useEffect, useState } from 'preact/hooks';
import { pageReportsItem } from '../lib/storage';
import type { PageReport } from '../lib/portals/types';

/** The latest page report of a tab, kept current while the page changes. */
export function usePageReport(tabId: number | undefined): PageReport | null | undefined {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    const key = String(tabId);
    void pageReportsItem.getValue().then((all) => setReport(all[key] ?? null));
    return pageReportsItem.watch((all) => setReport(all?.[key] ?? null));
  }, [tabId]);
  return report;
}
