import { describe, expect, it } from 'vitest';
import { heldProductsOf } from '../../../lib/csv/held-products';

describe('products a user holds, from a Licenses cell', () => {
  it.each([
    ['Unlicensed', []],
    ['unlicensed', []],
    ['', []],
    ['Power BI Pro', ['Power BI Pro']],
    ['Microsoft 365 E5+Power BI Pro', ['Microsoft 365 E5', 'Power BI Pro']],
    [' Office 365 E3 + ', ['Office 365 E3 +']],
    ['Enterprise Mobility + Security E3+Power BI Pro', ['Enterprise Mobility + Security E3', 'Power BI Pro']],
    [
      'Virtualization Rights for Windows 10 (E3/E5+VDA)+Power BI Pro',
      ['Virtualization Rights for Windows 10 (E3/E5+VDA)', 'Power BI Pro'],
    ],
    ['Power BI Pro++Microsoft Fabric (Free)', ['Power BI Pro', 'Microsoft Fabric (Free)']],
  ])('%j -> %j', (cell, names) => {
    expect(heldProductsOf(cell)).toEqual(names);
  });
});
