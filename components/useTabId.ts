import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The tab an extension page is about: `?tabId=N` when opened for a tab, else the active tab. */
export function useTabId(): number | undefined {
  const [tabId, setTabId] = useState<number | undefined>(() => {
    const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
    return Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : undefined;
  });
  useEffect(() => {
    if (tabId !== undefined) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id));
  }, [tabId]);
  return tabId;
}
