import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  groupLicenseState,
  licenseErrorCategory,
  readGroupStatuses,
  readLicenseIssues,
} from '../../../lib/portals/admin-center/group-license';

function load(name: string): Document {
  const window = new Window({ url: 'https://admin.microsoft.com/' });
  window.document.write(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
  return window.document as unknown as Document;
}

describe('group-based licensing in the admin center', () => {
  it("reads each group's licensing status on the Groups tab, icon glyphs left out", () => {
    expect(readGroupStatuses(load('ac-group-status.hand.en.html'))).toEqual([
      { group: 'PBI licensed users', state: 'errors', text: 'Errors & issues' },
      { group: 'Finance analysts', state: 'allAssigned', text: 'All licenses assigned' },
      { group: 'New starters', state: 'inProgress', text: 'In progress' },
    ]);
  });

  it('reads the members with an issue from a plain table in a dialog, in Dutch', () => {
    expect(readLicenseIssues(load('ac-group-issues.hand.nl.html'))).toEqual([
      { member: 'jan.devries@contoso.nl', category: 'notEnoughLicenses', text: 'Onvoldoende licenties' },
      { member: 'piet@contoso.nl', category: 'usageLocation', text: 'Gebruikslocatie van gebruiker niet opgegeven' },
      { member: 'els@contoso.nl', category: 'other', text: 'Licentie kan niet worden verwerkt' },
    ]);
  });

  it('names a status or category only for a label it knows, in any of the four languages', () => {
    expect(groupLicenseState('Alle Lizenzen zugewiesen')).toBe('allAssigned');
    expect(groupLicenseState('  errors AND issues ')).toBe('errors');
    expect(groupLicenseState('Assigned')).toBeUndefined();
    expect(licenseErrorCategory('Conflicting service plans')).toBe('conflictingPlans');
    expect(licenseErrorCategory('Plans de service dépendants manquants')).toBe('missingDependentPlans');
    expect(licenseErrorCategory('Proxy address violation')).toBe('proxyAddress');
    expect(licenseErrorCategory('Something new')).toBe('other');
  });
});
