// The people/group search behind the picker: case-insensitive prefix match on the display name
// (whole or any word), the UPN and the mail address, as directory search does.
import type { Faults } from '../scenarios/schema.ts';
import type { Suggestion, TargetType } from '../shared/types.ts';
import { key, type Tenant } from './tenant.ts';

export const MAX_SUGGESTIONS = 10;

function matches(query: string, ...fields: (string | undefined)[]): boolean {
  return fields.some((field) => {
    if (!field) return false;
    const f = field.toLowerCase();
    return f.startsWith(query) || f.split(/\s+/).some((word) => word.startsWith(query));
  });
}

export function search(t: Tenant, kind: TargetType, rawQuery: string, faults: Faults): Suggestion[] {
  const query = rawQuery.trim().toLowerCase();
  if (query === '') return [];
  const out: Suggestion[] = [];
  if (kind === 'user') {
    const hidden = new Set(faults.userNotFound.map(key));
    for (const u of t.users.values()) {
      if (hidden.has(key(u.upn)) || !matches(query, u.displayName, u.upn, u.mail)) continue;
      out.push({ id: u.upn, primary: u.displayName, secondary: u.mail && u.guest ? u.mail : u.upn });
    }
  } else {
    for (const g of t.groups.values()) {
      if (matches(query, g.name, g.mail)) out.push({ id: g.id, primary: g.name, secondary: g.mail });
    }
  }
  return out.sort((a, b) => a.primary.localeCompare(b.primary)).slice(0, MAX_SUGGESTIONS);
}
