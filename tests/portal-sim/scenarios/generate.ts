// A generator for big tenants (hundreds or thousands of users), deterministic for a given input.
import { parseScenario, type Scenario, type ScenarioInput } from './schema.ts';

export type MakeScenarioOptions = {
  users?: number;
  /** Power BI Pro seats. */
  seats?: number;
  /** Users holding Power BI Pro directly at the start (the first N members). */
  assigned?: number;
  guests?: number;
  /** Members without a usage location (the last N members). */
  withoutUsageLocation?: number;
  groups?: number;
  groupSize?: number;
  tenantName?: string;
} & Partial<Pick<ScenarioInput, 'locale' | 'countStyle' | 'simplifiedView' | 'azure' | 'delays' | 'faults' | 'seed'>>;

const FIRST = [
  'Anna',
  'Bram',
  'Chloé',
  'Daan',
  'Eva',
  'Femke',
  'Gijs',
  'Hanna',
  'Isabel',
  'Jeroen',
  'Karin',
  'Lars',
  'Maud',
  'Noah',
  'Olga',
  'Pieter',
  'Rosa',
  'Sven',
  'Tessa',
  'Umar',
  'Vera',
  'Wouter',
  'Yara',
  'Zoë',
];
const LAST = [
  'de Vries',
  'Jansen',
  'Martin',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Dijk',
  'de Boer',
  'Dekker',
  'Brouwer',
  'Weiß',
  'Laurent',
  'García',
  'Raman',
  'Keller',
  'Schouten',
];
const DOMAIN = 'bigtenant.onmicrosoft.com';

export const SKU = {
  pro: 'f8a1db68-be16-40ed-86d5-cb42ce701560',
  ppu: 'c1d032e0-5619-4761-9b5c-75b6831e1711',
  e5: '06ebc4ee-1bb5-47dd-8120-11324bc54e06',
} as const;

function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export function makeScenario(options: MakeScenarioOptions = {}): Scenario {
  const userCount = options.users ?? 250;
  const guestCount = options.guests ?? Math.max(1, Math.floor(userCount / 50));
  const memberCount = Math.max(0, userCount - guestCount);
  const noLocation = options.withoutUsageLocation ?? Math.floor(memberCount / 40);
  const users: ScenarioInput['users'] = [];
  for (let i = 0; i < memberCount; i++) {
    const first = FIRST[i % FIRST.length] ?? 'User';
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Sim';
    const upn = `${ascii(first)}.${ascii(last)}${String(i + 1).padStart(4, '0')}@${DOMAIN}`;
    const usageLocation = i >= memberCount - noLocation ? null : 'NL';
    users.push({ upn, displayName: `${first} ${last} ${i + 1}`, mail: upn, usageLocation, guest: false });
  }
  for (let i = 0; i < guestCount; i++) {
    const local = `guest${i + 1}`;
    users.push({
      upn: `${local}_partner.example#EXT#@${DOMAIN}`,
      displayName: `Guest ${i + 1} (Partner)`,
      mail: `${local}@partner.example`,
      usageLocation: 'US',
      guest: true,
    });
  }
  const members = users.slice(0, memberCount).map((u) => u.upn);
  const groupSize = options.groupSize ?? 10;
  const groups = Array.from({ length: options.groups ?? 3 }, (_, g) => ({
    id: `00000000-0000-4000-8000-${String(g + 1).padStart(12, '0')}`,
    name: `Team ${g + 1}`,
    mail: `team${g + 1}@${DOMAIN}`,
    members: members.slice(g * groupSize, (g + 1) * groupSize),
  }));
  const seats = options.seats ?? 300;
  const assigned = Math.min(options.assigned ?? 0, seats, memberCount);
  return parseScenario({
    tenantName: options.tenantName ?? 'Big Tenant Sim',
    admin: { upn: `admin@${DOMAIN}`, displayName: 'Sim Admin' },
    locale: options.locale,
    countStyle: options.countStyle,
    simplifiedView: options.simplifiedView,
    azure: options.azure,
    delays: options.delays,
    faults: options.faults,
    seed: options.seed,
    users,
    groups,
    products: [
      {
        skuId: SKU.pro,
        partNumber: 'POWER_BI_PRO',
        name: 'Power BI Pro',
        total: seats,
        directUsers: members.slice(0, assigned),
      },
      {
        skuId: SKU.ppu,
        partNumber: 'PBI_PREMIUM_PER_USER',
        name: 'Power BI Premium Per User',
        total: Math.ceil(seats / 10),
      },
      { skuId: SKU.e5, partNumber: 'SPE_E5', name: 'Microsoft 365 E5', total: 5, directUsers: members.slice(-1) },
    ],
  });
}
