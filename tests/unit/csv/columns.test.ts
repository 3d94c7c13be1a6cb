import { describe, expect, it } from 'vitest';
import { foldHeader, HEADER_ALIASES } from '../../../lib/csv';
import { columnLetter, planColumns } from '../../../lib/csv/columns';
import { roleOfHeader } from '../../../lib/csv/header-aliases';

describe('header aliases in four languages', () => {
  it.each([
    ['UserPrincipalName', 'user'],
    ['UPN', 'user'],
    ['E-mail', 'user'],
    ['Email address', 'user'],
    ['Mail', 'user'],
    ['E-mailadres', 'user'],
    ['Gebruikersnaam', 'user'],
    ['Benutzername', 'user'],
    ['E-Mail-Adresse', 'user'],
    ["Nom d'utilisateur", 'user'],
    ['Nom d’utilisateur', 'user'],
    ['Adresse e-mail', 'user'],
    ['Courriel', 'user'],
    ['Group', 'group'],
    ['Groep', 'group'],
    ['Gruppe', 'group'],
    ['Groupe', 'group'],
    ['Nom du groupe', 'group'],
    ['Product', 'product'],
    ['Produkt', 'product'],
    ['Produit', 'product'],
    ['SKU', 'product'],
    ['skuId', 'product'],
    ['UsageLocation', 'usageLocation'],
    ['Usage location', 'usageLocation'],
    ['Country', 'usageLocation'],
    ['Land', 'usageLocation'],
    ['Pays', 'usageLocation'],
    ['Gebruikslocatie', 'usageLocation'],
    ['Nutzungsort', 'usageLocation'],
    ['DisplayName', 'displayName'],
    ['Weergavenaam', 'displayName'],
    ['Anzeigename', 'displayName'],
    ['Nom complet', 'displayName'],
    ["Nom d'affichage", 'displayName'],
    ['Guest', 'guest'],
    ['Gast', 'guest'],
    ['Invité', 'guest'],
    ['User type', 'guest'],
    ['Action', 'action'],
    ['Actie', 'action'],
    ['Aktion', 'action'],
    ['From', 'from'],
    ['Van', 'from'],
    ['Von', 'from'],
    ['De', 'from'],
    ['Members', 'members'],
    ['Leden', 'members'],
    ['Mitglieder', 'members'],
    ['Membres', 'members'],
    ['  EMAIL  ', 'user'],
    ['e_mail', 'user'],
  ])('%j -> %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it('knows nothing of other headers', () => {
    expect(roleOfHeader('Department')).toBeUndefined();
    expect(roleOfHeader('')).toBeUndefined();
  });

  it('lists each alias once, already folded', () => {
    const all = Object.values(HEADER_ALIASES).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const alias of all) expect(foldHeader(alias)).toBe(alias);
  });
});

describe('column planning', () => {
  it('reads a header row', () => {
    const plan = planColumns(['Email', 'Department', 'Product'], [], {});
    expect(plan).toEqual({
      hasHeader: true,
      problems: [],
      columns: [
        { header: 'Email', role: 'user' },
        { header: 'Department', role: null },
        { header: 'Product', role: 'product' },
      ],
    });
  });

  it('reads a first row of data when it holds an address and no header', () => {
    const plan = planColumns(['Finance', 'a@contoso.com'], [], {});
    expect(plan.hasHeader).toBe(false);
    expect(plan.columns.map((c) => c.role)).toEqual([null, 'user']);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
