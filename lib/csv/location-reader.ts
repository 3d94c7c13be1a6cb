// Usage locations of a file: codes as they are, country names read as their code. A name is told
// once per distinct value (with how many rows hold it) as information: the admin should know that
// "Nederland" became NL, but 5,000 rows of it are not 5,000 problems.
import type { CsvProblem } from './types';
import { countryOfName, usageLocationCode } from './usage-location';

type Named = { code: string | null; rows: number };

export class LocationReader {
  private readonly named = new Map<string, Named>();

  /** The code for a cell, or undefined when the cell is no country the reader knows. */
  read(cell: string): string | undefined {
    const code = usageLocationCode(cell);
    if (code) return code;
    let named = this.named.get(cell);
    if (!named) {
      named = { code: countryOfName(cell) ?? null, rows: 0 };
      this.named.set(cell, named);
    }
    named.rows++;
    return named.code ?? undefined;
  }

  /** One information per country name read as a code: [value, code, rows, column]. */
  finish(problems: CsvProblem[], column: string): void {
    for (const [value, named] of this.named) {
      if (!named.code) continue;
      problems.push({
        severity: 'info',
        code: 'usageLocationFromName',
        column,
        params: [value, named.code, String(named.rows), column],
      });
    }
  }
}
