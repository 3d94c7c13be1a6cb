// How the admin center may write seat counts as sentences, per locale (PORTALS.md §7: the wording
// is undocumented; product pages have been described with "12 of 15 licenses assigned", "9 van 25
// licenties toegewezen", "2.340 von 3.000 Lizenzen zugewiesen" [INF]). Data only: see sentences.ts
// for the template syntax. Both word orders are listed in every locale.
import type { LabelLocale } from '../labels';
import type { SentenceWords } from '../sentences';

const ORDERS = [
  // "7 of 10 licenses assigned", "7 of 10 assigned", "7/10 assigned"
  '{assigned} [of] {total} [noun]? [assigned]',
  // "7 licences attribuées sur 10", "7 assigned of 10"
  '{assigned} [noun]? [assigned] [of] {total}',
  // "3 of 10 licenses available"
  '{available} [of] {total} [noun]? [available]',
  '{available} [noun]? [available] [of] {total}',
  // "10 licenties, 7 toegewezen", "10 licenses, 3 available"
  '{total} [noun], {assigned} [assigned]',
  '{total} [noun], {available} [available]',
  // "7 assigned", "3 licenses available", "10 licenses in total" (a bare "10 licenses" says too little)
  '{assigned} [noun]? [assigned]',
  '{available} [noun]? [available]',
  '{total} [noun]? [total]',
] as const;

export const COUNT_SENTENCES: Record<LabelLocale, SentenceWords> = {
  en: {
    noun: ['licenses', 'licences', 'license', 'licence', 'seats'],
    of: ['of', 'out of', '/'],
    assigned: ['assigned', 'in use', 'used'],
    available: ['available', 'unassigned', 'left'],
    total: ['in total', 'total'],
    templates: ORDERS,
  },
  nl: {
    noun: ['licenties', 'licentie'],
    of: ['van', 'van de', '/'],
    assigned: ['toegewezen', 'in gebruik', 'gebruikt'],
    available: ['beschikbaar', 'niet toegewezen', 'over'],
    total: ['in totaal', 'totaal'],
    templates: ORDERS,
  },
  de: {
    noun: ['Lizenzen', 'Lizenz'],
    of: ['von', '/'],
    assigned: ['zugewiesen', 'verwendet', 'in Verwendung'],
    available: ['verfügbar', 'nicht zugewiesen', 'frei'],
    total: ['insgesamt', 'gesamt'],
    templates: ORDERS,
  },
  fr: {
    noun: ['licences', 'licence'],
    of: ['sur', '/'],
    assigned: ['attribuées', 'attribuée', 'affectées', 'affectée', 'utilisées'],
    available: ['disponibles', 'disponible', 'non attribuées', 'restantes'],
    total: ['au total', 'en tout'],
    templates: ORDERS,
  },
};

export const COUNT_SENTENCE_LOCALES: readonly SentenceWords[] = Object.values(COUNT_SENTENCES);
