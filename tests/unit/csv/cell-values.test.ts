import { describe, expect, it } from 'vitest';
import { actionOf, guestFlag, memberCountOf } from '../../../lib/csv/cell-values';
import { countryOfName, suggestUsageLocation, usageLocationCode } from '../../../lib/csv/usage-location';
import { COUNTRY_CODES } from '../../../lib/csv';

describe('cell values', () => {
  it.each([
    ['', false],
    ['yes', true],
    ['Ja', true],
    ['oui', true],
    ['TRUE', true],
    ['1', true],
    ['x', true],
    ['Guest', true],
    ['Invité', true],
    ['no', false],
    ['Nee', false],
    ['nein', false],
    ['non', false],
    ['0', false],
    ['Member', false],
    ['Mitglied', false],
    ['maybe', undefined],
  ])('guest %j -> %s', (cell, flag) => expect(guestFlag(cell)).toBe(flag));

  it.each([
    ['', 'assign'],
    ['Assign', 'assign'],
    ['toewijzen', 'assign'],
    ['Zuweisen', 'assign'],
    ['attribuer', 'assign'],
    ['Hinzufügen', 'assign'],
    ['remove', 'unassign'],
    ['Verwijderen', 'unassign'],
    ['entfernen', 'unassign'],
    ['Désattribuer', 'unassign'],
    ['Zuweisung aufheben', 'unassign'],
    ['replace', 'reassign'],
    ['vervangen', 'reassign'],
    ['Übertragen', 'reassign'],
    ['réattribuer', 'reassign'],
    ['explode', undefined],
  ])('action %j -> %s', (cell, action) => expect(actionOf(cell)).toBe(action));

  it.each([
    ['12', 12],
    ['1,250', 1250],
    ['1.250', 1250],
    ['1 250', 1250],
    ['1250', 1250],
    ['1,5', undefined],
    ['12.34', undefined],
    ['-3', undefined],
    ['many', undefined],
    ['1,25,0', undefined],
  ])('member count %j -> %s', (cell, count) => expect(memberCountOf(cell)).toBe(count));
});

describe('usage location', () => {
  it('knows the 249 ISO 3166-1 alpha-2 codes', () => {
    expect(COUNTRY_CODES.size).toBe(249);
  });

  it.each([
    ['NL', 'NL'],
    ['nl', 'NL'],
    ['De', 'DE'],
    ['GB', 'GB'],
    ['UK', undefined],
    ['XX', undefined],
    ['N', undefined],
    ['NLD', undefined],
    ['1A', undefined],
  ])('%j -> %s', (text, code) => expect(usageLocationCode(text)).toBe(code));

  it.each([
    ['UK', 'GB'],
    ['Nederland', 'NL'],
    ['Netherlands', 'NL'],
    ['The Netherlands', 'NL'],
    ['Pays-Bas', 'NL'],
    ['Niederlande', 'NL'],
    ['Deutschland', 'DE'],
    ['Allemagne', 'DE'],
    ['België', 'BE'],
    ['Belgique', 'BE'],
    ['Belgien', 'BE'],
    ['Österreich', 'AT'],
    ['Vereinigte Staaten', 'US'],
    ['USA', 'US'],
    ['NLD', 'NL'],
    ['Atlantis', undefined],
    ['Nederlnd', undefined],
  ])('reads the country name %j as %s', (text, code) => expect(countryOfName(text)).toBe(code));

  it.each([
    ['Nederlnd', 'NL'],
    ['Belgie ', 'BE'],
    ['Frankreich!', 'FR'],
    ['Duitsland', 'DE'],
    ['Duitslnd', 'DE'],
    ['EL', 'GR'],
    ['Atlantis', undefined],
    ['XY', undefined],
  ])('suggests %j -> %s', (text, code) => expect(suggestUsageLocation(text)).toBe(code));
});
