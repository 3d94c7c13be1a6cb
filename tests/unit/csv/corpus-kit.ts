// What a corpus file is, and the helpers the corpus files share.
import type { CsvEncoding } from '../../../lib/csv';

export const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
export const PPU = 'c1d032e0-5619-4761-9b5c-75b6831e1711';

export type Expect = {
  ids?: string[];
  targetCount?: number;
  /** Every problem, in the order reported: [code, row] (row undefined for file-level problems). */
  problems: [string, number?][];
  encoding?: CsvEncoding;
  delimiter?: string;
  rowCount?: number;
  /** Per target, in order: its usage location. */
  usageLocations?: (string | undefined)[];
  /** Per target, in order: its kind. */
  kinds?: string[];
  /** Per target, in order: the products it holds now (undefined: the file has no Licenses column). */
  held?: (string[] | undefined)[];
  /** The data rows [first, last] as a spreadsheet numbers them: each must end as a target or be named by a problem. */
  rowsAccounted?: [number, number];
};
export type CorpusFile = { name: string; bytes: Uint8Array; expect: Expect };

/** A large file of distinct users: one every row, a product in each of its three forms. */
export function bigFile(rows: number, delimiter = ','): string {
  const products = ['Power BI Pro', 'POWER_BI_PRO', PRO];
  const lines = [['UserPrincipalName', 'Product', 'UsageLocation'].join(delimiter)];
  for (let i = 0; i < rows; i++) lines.push([`user${i}@contoso.com`, products[i % 3], 'NL'].join(delimiter));
  return lines.join('\r\n') + '\r\n';
}
