import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../../lib/run/report';
import { exportReportCsv, neutralize, quote } from '../../../lib/run/report-csv';

const row = (over: Partial<ReportRow>): ReportRow => ({
  row: 2,
  id: 'a@contoso.com',
  kind: 'user',
  outcome: 'assigned',
  ...over,
});

/** The data lines of an export, BOM and header dropped. */
const body = (csv: string) => csv.slice(1).split('\r\n').slice(1, -1);

describe('neutralizing cells against formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['\n=cmd|calc', `'\n=cmd|calc`],
    ['a=1', 'a=1'],
    ['', ''],
    ["'already", "'already"],
  ])('%j -> %j', (cell, expected) => {
    expect(neutralize(cell)).toBe(expected);
  });
});

describe('RFC 4180 quoting', () => {
  it.each([
    ['plain', ',', 'plain'],
    ['a,b', ',', '"a,b"'],
    ['a,b', ';', 'a,b'],
    ['a;b', ';', '"a;b"'],
    ['a\tb', '\t', '"a\tb"'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['two\nlines', ';', '"two\nlines"'],
    ['cr\rhere', ',', '"cr\rhere"'],
  ])('%j with %j -> %j', (cell, delimiter, expected) => {
    expect(quote(cell, delimiter)).toBe(expected);
  });
});

describe('exportReportCsv', () => {
  it('writes a BOM, a header and CRLF lines in the input’s delimiter', () => {
    const csv = exportReportCsv([row({ at: Date.UTC(2025, 0, 2, 3, 4, 5), batch: 3 })], { delimiter: ';' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe(
      '\uFEFFrow;id;kind;outcome;reason;message;time;batch;action;from\r\n2;a@contoso.com;user;assigned;;;2025-01-02T03:04:05.000Z;3;;\r\n',
    );
  });

  it('neutralizes and quotes hostile cells, including a leading line feed', () => {
    const csv = exportReportCsv(
      [
        row({ id: '=1+1', outcome: 'failed', reason: 'portalError', message: '\n=cmd|" /C calc"!A0' }),
        row({ row: 3, id: '@evil', outcome: 'notFound', message: 'No results for "x, y"' }),
        row({ row: 4, id: '-5', outcome: 'skipped', reason: 'duplicate' }),
      ],
      { delimiter: ',' },
    );
    expect(body(csv.replace(/\n=cmd/, 'LF=cmd'))).toEqual([
      `2,'=1+1,user,failed,portalError,"'LF=cmd|"" /C calc""!A0",,,,`,
      `3,'@evil,user,notFound,,"No results for ""x, y""",,,,`,
      `4,'-5,user,skipped,duplicate,,,,,`,
    ]);
    // Read back by a CSV parser, every cell keeps its text behind the apostrophe.
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data;
    expect(parsed[1]).toEqual([
      '2',
      "'=1+1",
      'user',
      'failed',
      'portalError',
      '\'\n=cmd|" /C calc"!A0',
      '',
      '',
      '',
      '',
    ]);
    for (const cells of parsed.slice(1)) for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r\n]/);
  });

  it('uses a tab delimiter and localized headers and codes when given', () => {
    const csv = exportReportCsv([row({ outcome: 'skipped', reason: 'alreadyHad' })], {
      delimiter: '\t',
      headers: { row: 'Rij', outcome: 'Resultaat' },
      label: (code) => ({ skipped: 'Overgeslagen', alreadyHad: 'Had al een licentie' })[code] ?? code,
    });
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Rij\tid\tkind\tResultaat\treason\tmessage\ttime\tbatch\taction\tfrom',
      '2\ta@contoso.com\tuser\tOvergeslagen\tHad al een licentie\t\t\t\t\t',
      '',
    ]);
  });
});
