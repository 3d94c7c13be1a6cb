// Sample files the UI offers for download: every column the reader knows, one row of each kind.
// The semicolon style is what Excel writes in Dutch, German and French locales.
export type SampleStyle = 'comma' | 'semicolon';

const HEADER = ['UserPrincipalName', 'Group', 'Product', 'UsageLocation', 'DisplayName', 'Guest', 'Action'];
const ROWS = [
  ['adele.vance@contoso.com', '', 'Power BI Pro', 'NL', 'Adele Vance', '', 'assign'],
  ['alex.wilber@contoso.com', '', 'POWER_BI_PRO', 'DE', 'Alex Wilber', '', 'assign'],
  ['megan.bowen@contoso.com', '', 'f8a1db68-be16-40ed-86d5-cb42ce701560', 'FR', 'Megan Bowen', '', 'assign'],
  ['john_fabrikam.com#EXT#@contoso.onmicrosoft.com', '', 'Power BI Pro', 'GB', 'John (Fabrikam)', 'yes', 'assign'],
  ['', 'Finance Analysts', 'Power BI Premium Per User', '', '', '', 'assign'],
  ['lee.gu@contoso.com', '', 'Power BI Pro', 'US', 'Lee Gu', '', 'unassign'],
];

/** The sample as text with CRLF line ends (what Excel writes); the UI adds a BOM when saving. */
export function sampleCsv(style: SampleStyle): string {
  const delimiter = style === 'semicolon' ? ';' : ',';
  return [HEADER, ...ROWS].map((cells) => cells.join(delimiter)).join('\r\n') + '\r\n';
}
