// Seat counts written as sentences, in every form and both word orders, in en/nl/de/fr; in the
// visible text (whole or split across elements) and in accessible attributes. What is ambiguous
// stays missing.
import { afterEach, describe, expect, it } from 'vitest';
import { COUNT_SENTENCE_LOCALES } from '../../../lib/portals/admin-center/count-sentences';
import { readLabelledCounts } from '../../../lib/portals/summary';
import { readCountSentence, type SentenceCounts } from '../../../lib/portals/sentences';
import { adminCenterLabels } from '../../../lib/portals/admin-center/labels';
import { combineCounts } from '../../../lib/portals/counts';
import { readProductGrid } from '../../../lib/portals/products-grid';
import { closeFixtures, loadHtml } from './load-fixture';

afterEach(closeFixtures);

const NNBSP = '\u202f';
const read = (text: string, lang: string) => readCountSentence(text, COUNT_SENTENCE_LOCALES, lang);

describe('count sentences', () => {
  it.each<[string, string, SentenceCounts]>([
    // English
    ['7 of 10 licenses assigned', 'en', { assigned: 7, total: 10 }],
    ['12 of 15 licenses assigned.', 'en-US', { assigned: 12, total: 15 }],
    ['1,250 of 2,000 licences assigned', 'en-GB', { assigned: 1250, total: 2000 }],
    ['7/10 assigned', 'en', { assigned: 7, total: 10 }],
    ['7 out of 10 licenses in use', 'en', { assigned: 7, total: 10 }],
    ['3 available', 'en', { available: 3 }],
    ['3 licenses available', 'en', { available: 3 }],
    ['10 licenses, 7 assigned', 'en', { total: 10, assigned: 7 }],
    ['7 assigned, 3 available', 'en', { assigned: 7, available: 3 }],
    ['3 of 10 licenses available', 'en', { available: 3, total: 10 }],
    ['10 licenses in total', 'en', { total: 10 }],
    // Dutch
    ['9 van 25 licenties toegewezen', 'nl-NL', { assigned: 9, total: 25 }],
    ['10 licenties, 7 toegewezen', 'nl', { total: 10, assigned: 7 }],
    ['1.250 van 2.000 licenties toegewezen', 'nl', { assigned: 1250, total: 2000 }],
    ['3 beschikbaar', 'nl', { available: 3 }],
    ['3 licenties beschikbaar', 'nl', { available: 3 }],
    ['7 toegewezen · 3 beschikbaar', 'nl', { assigned: 7, available: 3 }],
    // German
    ['2.340 von 3.000 Lizenzen zugewiesen', 'de-DE', { assigned: 2340, total: 3000 }],
    ['7 von 10 zugewiesen', 'de', { assigned: 7, total: 10 }],
    ['3.000 Lizenzen, 2.340 zugewiesen', 'de', { total: 3000, assigned: 2340 }],
    ['660 verfügbar', 'de', { available: 660 }],
    ['660 Lizenzen verfügbar', 'de', { available: 660 }],
    ['3.000 Lizenzen insgesamt', 'de', { total: 3000 }],
    // French
    ['7 licences attribuées sur 10', 'fr-FR', { assigned: 7, total: 10 }],
    [`1${NNBSP}250 licences attribuées sur 2${NNBSP}000`, 'fr', { assigned: 1250, total: 2000 }],
    ['7 sur 10 licences attribuées', 'fr', { assigned: 7, total: 10 }],
    ['10 licences, 7 attribuées', 'fr', { total: 10, assigned: 7 }],
    ['3 disponibles', 'fr', { available: 3 }],
    ['3 licences disponibles', 'fr', { available: 3 }],
    ['10 licences au total', 'fr', { total: 10 }],
  ])('%j (%s)', (text, lang, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });

  it.each([
    ['a number in some other sentence', 'Buy 10 licenses to get a discount', 'en'],
    ['a bare number of licenses says neither assigned nor available', '10 licenses', 'en'],
    ['a date', '7 of 10 June', 'en'],
    ['two sentences that disagree', '7 assigned, 8 assigned', 'en'],
    ['a decimal where a count is expected', '7.5 of 10 licenses assigned', 'en'],
    ['a thousands separator the locale does not use', '1.250 of 2,000 licenses assigned', 'en'],
    ['a number glued to a word', 'E5 licenses assigned', 'en'],
    ['no number', 'licenses assigned', 'en'],
    ['a clause that is not a count', '7 assigned, renews on 1 July', 'en'],
  ])('%s stays missing: %j', (_what, text, lang) => {
    expect(read(text, lang)).toBeUndefined();
  });
});

const LABELS = {
  available: adminCenterLabels.set('availableColumn'),
  assigned: adminCenterLabels.set('assignedColumn'),
  total: adminCenterLabels.set('totalColumn'),
  sentences: COUNT_SENTENCE_LOCALES,
};

function countsOf(body: string, lang: string) {
  const page = loadHtml(
    `<!doctype html><html lang="${lang}"><body><main id="m">${body}</main></body></html>`,
    'https://admin.microsoft.com/',
  );
  return combineCounts(readLabelledCounts(page.document.getElementById('m')!, LABELS, lang));
}

describe('count sentences on a page', () => {
  it.each<[string, string, string, object]>([
    ['a sentence in one element', '<p>12 of 15 licenses assigned</p>', 'en', { assigned: 12, total: 15, available: 3 }],
    [
      'a sentence split across elements',
      '<p><strong>9</strong> van <strong>25</strong> licenties toegewezen</p>',
      'nl-NL',
      { assigned: 9, total: 25, available: 16 },
    ],
    [
      'a sentence in aria-label of a meter',
      '<div role="meter" aria-valuenow="2340" aria-valuemax="3000" aria-label="2.340 von 3.000 Lizenzen zugewiesen"></div>',
      'de',
      { assigned: 2340, total: 3000, available: 660 },
    ],
    [
      'a sentence in aria-valuetext',
      '<div role="progressbar" aria-valuetext="7 licences attribuées sur 10"></div>',
      'fr',
      { assigned: 7, total: 10, available: 3 },
    ],
    [
      'total first, then assigned',
      '<div><span>10 licenties</span>, <span>7 toegewezen</span></div>',
      'nl',
      { total: 10, assigned: 7, available: 3 },
    ],
    ['only what is available', '<div>3 available</div>', 'en', { available: 3 }],
    [
      'a labelled figure wins over a sentence',
      '<div>Available licenses <b>5</b></div><p>7 of 10 licenses assigned</p>',
      'en',
      { available: 5, assigned: 7, total: 10 },
    ],
  ])('%s', (_what, body, lang, expected) => {
    expect(countsOf(body, lang)).toEqual(expected);
  });

  it('two sentences that disagree leave that count missing', () => {
    expect(countsOf('<p>7 of 10 licenses assigned</p><p>8 of 10 licenses assigned</p>', 'en')).toEqual({ total: 10 });
  });

  it('a sentence inside a long text block is not read', () => {
    const filler = 'Licenses are billed monthly and renew automatically. '.repeat(10);
    expect(countsOf(`<p>${filler} 7 of 10 licenses assigned</p>`, 'en')).toEqual({});
  });

  it('hidden sentences are not read', () => {
    expect(countsOf('<p hidden>7 of 10 licenses assigned</p>', 'en')).toEqual({});
  });
});

describe('count sentences in a product list', () => {
  it('a cell holding a sentence gives every count it states', () => {
    const page = loadHtml(
      `<!doctype html><html lang="nl"><body><div role="grid">
        <div role="row"><div role="columnheader">Product</div><div role="columnheader">Toegewezen licenties</div></div>
        <div role="row"><div role="gridcell">Power BI Pro</div><div role="gridcell"><span>9</span> van <span>25</span> licenties toegewezen</div></div>
        <div role="row"><div role="gridcell">Visio</div><div role="gridcell">ongeveer de helft</div></div>
      </div></body></html>`,
      'https://admin.microsoft.com/#/licenses',
    );
    const labels = { name: adminCenterLabels.set('productColumn'), ...LABELS };
    const read = readProductGrid(page.document, ['[role=grid]'], labels, 'nl');
    expect(read.products).toEqual([{ name: 'Power BI Pro', assigned: 9, total: 25, available: 16 }, { name: 'Visio' }]);
  });
});
