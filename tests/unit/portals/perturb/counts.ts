// Seat counts printed another way: "20 van 25" split into one element per word, "Available
// licenses: 3" split into a label and a figure, and a product page's labelled figures written as
// whole sentences in the page's language ("7 of 10 licenses assigned", "10 licenties, 7
// toegewezen", "7 licences attribuées sur 10"). The generator has its own small label list: it
// must not lean on the page model it tests.
import type { Random } from './random';

type Locale = 'en' | 'nl' | 'de' | 'fr';
type Kind = 'available' | 'assigned' | 'total';

const SKIP = '[role=grid], [role=dialog], [role=alertdialog], nav, [role=tablist], [role=menubar], script, style';

const LABELS: Record<Locale, Record<Kind, string[]>> = {
  en: { available: ['available licenses'], assigned: ['assigned licenses'], total: ['total licenses'] },
  nl: { available: ['beschikbare licenties'], assigned: ['toegewezen licenties'], total: ['totaal aantal licenties'] },
  de: { available: ['verfügbare lizenzen'], assigned: ['zugewiesene lizenzen'], total: ['lizenzen insgesamt'] },
  fr: { available: ['licences disponibles'], assigned: ['licences attribuées'], total: ['total des licences'] },
};

/** Both orders of the "assigned of total" sentence, and the "available" one, per locale. */
const SENTENCES: Record<Locale, { ofTotal: string[]; available: string }> = {
  en: { ofTotal: ['{a} of {t} licenses assigned', '{t} licenses, {a} assigned'], available: '{v} available' },
  nl: { ofTotal: ['{a} van {t} licenties toegewezen', '{t} licenties, {a} toegewezen'], available: '{v} beschikbaar' },
  de: { ofTotal: ['{a} von {t} Lizenzen zugewiesen', '{t} Lizenzen, {a} zugewiesen'], available: '{v} verfügbar' },
  fr: { ofTotal: ['{a} licences attribuées sur {t}', '{t} licences, {a} attribuées'], available: '{v} disponibles' },
};

const RATIO = /^\s*(\d[\d.,\s\u00a0\u202f]*?)\s*(\/|of|van|von|sur)\s*(\d[\d.,\s\u00a0\u202f]*)\s*$/iu;

function localeOf(doc: Document): Locale {
  const primary = (doc.documentElement.getAttribute('lang') ?? 'en').toLowerCase().slice(0, 2);
  return (['en', 'nl', 'de', 'fr'] as const).find((l) => l === primary) ?? 'en';
}

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

function span(doc: Document, text: string): Element {
  const el = doc.createElement('span');
  el.textContent = text;
  return el;
}

/** "20 van 25" / "7/10" -> <span>20</span> <span>van</span> <span>25</span>; "Label: 3" -> two elements. */
export function splitCounts(doc: Document, next: Random): number {
  const labels = Object.values(LABELS[localeOf(doc)]).flat();
  let changed = 0;
  for (const node of textNodes(doc.body)) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, [role=option], [role=combobox]')) continue;
    const ratio = RATIO.exec(node.data);
    if (ratio) {
      const pieces = [span(doc, ratio[1]!.trim()), span(doc, ratio[2]!), span(doc, ratio[3]!.trim())];
      const sep = ratio[2] === '/' && next() < 0.5 ? '' : ' ';
      node.replaceWith(pieces[0]!, sep, pieces[1]!, sep, pieces[2]!);
      changed += 1;
      continue;
    }
    const inline = /^\s*([^\d:]+):\s*(\d[\d.,\s\u00a0\u202f]*)\s*$/u.exec(node.data);
    if (inline && labels.includes(inline[1]!.trim().toLowerCase())) {
      node.replaceWith(span(doc, inline[1]!.trim()), ' ', span(doc, inline[2]!.trim()));
      changed += 1;
    }
  }
  return changed;
}

function parseNumber(text: string): number | undefined {
  const digits = text.replace(/[.,\s\u00a0\u202f]/gu, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

type Figure = { item: Element; assigned?: number; total?: number; value?: number };

/** The element holding a label and its figure: the closest ancestor whose text adds a digit. */
function figureOf(labelNode: Text, label: string): Figure | undefined {
  for (let el = labelNode.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    const rest = (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase().replace(label, '').trim();
    if (!/\d/.test(rest)) continue;
    const ratio = RATIO.exec(rest);
    if (ratio) return { item: el, assigned: parseNumber(ratio[1]!), total: parseNumber(ratio[3]!) };
    const value = parseNumber(rest);
    return value === undefined ? undefined : { item: el, value };
  }
  return undefined;
}

function commonParent(items: Element[]): Element | undefined {
  let parent = items[0]?.parentElement ?? undefined;
  while (parent && !items.every((i) => parent!.contains(i))) parent = parent.parentElement ?? undefined;
  return parent;
}

/** A product page's labelled figures replaced by sentences (both word orders, chosen by `next`). */
export function countsAsSentences(doc: Document, next: Random): number {
  const main = doc.querySelector('[role=main], main');
  if (!main) return 0;
  const locale = localeOf(doc);
  const found: Partial<Record<Kind, Figure>> = {};
  for (const node of textNodes(main)) {
    if (node.parentElement?.closest(SKIP)) continue;
    const text = node.data.replace(/\s+/g, ' ').trim().toLowerCase();
    for (const kind of ['available', 'assigned', 'total'] as const) {
      if (!found[kind] && LABELS[locale][kind].includes(text)) {
        const figure = figureOf(node, text);
        if (figure) found[kind] = figure;
      }
    }
  }
  const { available, assigned, total } = found;
  const a = assigned?.value ?? assigned?.assigned;
  const v = available?.value;
  const t = total?.value ?? assigned?.total ?? (a !== undefined && v !== undefined ? a + v : undefined);
  if (a === undefined || t === undefined) return 0;
  const items = [available?.item, assigned?.item, total?.item].filter((i): i is Element => i !== undefined);
  const summary = commonParent(items);
  if (!summary) return 0;
  const format = (n: number) => n.toLocaleString(locale === 'en' ? 'en-US' : locale);
  const sentences = SENTENCES[locale];
  const ofTotal = sentences.ofTotal[Math.floor(next() * sentences.ofTotal.length)]!;
  const lines = [ofTotal.replace('{a}', format(a)).replace('{t}', format(t))];
  if (v !== undefined) lines.push(sentences.available.replace('{v}', format(v)));
  for (const item of items) item.remove();
  for (const line of lines) {
    const p = doc.createElement('p');
    p.textContent = line;
    summary.append(p);
  }
  return items.length;
}
