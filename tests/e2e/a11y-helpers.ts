// Accessibility checks for the extension's pages: axe (serious and critical violations fail), and a
// keyboard walk that tabs through a page and records what got focus and whether the focus showed.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export type ColorScheme = 'light' | 'dark';
export const SCHEMES: ColorScheme[] = ['light', 'dark'];

/** "rule (impact): target, target … — help" for every serious or critical violation (within `only`, if given). */
export async function seriousViolations(page: Page, only?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ]);
  const results = await (only ? builder.include(only) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')} — ${v.help}`);
}

const CONTROLS =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Numbers every visible control (data-a11y) and says which ones a keyboard user must reach: each
 * control, except that a radio group is one stop (the arrow keys move within it).
 */
export async function markControls(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const stops: string[] = [];
    const radioGroups = new Set<string>();
    document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
      if (!el.checkVisibility()) return;
      const id = `c${i}`;
      el.dataset.a11y = id;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        el.dataset.a11yGroup = el.name;
        if (radioGroups.has(el.name)) return;
        radioGroups.add(el.name);
        stops.push(`radio:${el.name}`);
      } else stops.push(id);
    });
    return stops;
  }, CONTROLS);
}

export type FocusStop = { stop: string; label: string; visible: boolean };

/** What has focus now: its stop, a short label, and whether a focus outline shows on it (or on the label drawing it). */
export async function focusNow(page: Page): Promise<FocusStop | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !el.dataset.a11y) return undefined;
    const stop = el.dataset.a11yGroup ? `radio:${el.dataset.a11yGroup}` : el.dataset.a11y;
    const box = el.getBoundingClientRect();
    // A visually hidden input (the file picker) shows its focus on the label around it.
    const shown = box.width <= 1 || box.height <= 1 ? (el.closest('label') ?? el) : el;
    const style = getComputedStyle(shown);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    const labelled = 'labels' in el ? (el as HTMLInputElement).labels?.[0]?.textContent : undefined;
    const label = (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim().slice(0, 40);
    return { stop, label: `${el.tagName.toLowerCase()} "${label}"`, visible: el.matches(':focus-visible') && outline };
  });
}

/** Tabs from the top of the page until focus comes round again; returns the stops in order. */
export async function tabThrough(page: Page, limit: number): Promise<FocusStop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focusNow(page);
    if (!now) continue;
    if (seen.some((s) => s.stop === now.stop)) break;
    seen.push(now);
  }
  return seen;
}
