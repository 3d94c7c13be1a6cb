import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../../lib/run/report';
import { exportReportCsv, localTime, neutralize, quote } from '../../../lib/run/report-csv';

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
    // Local time, as the admin's clock showed it.
    const csv = exportReportCsv([row({ at: new Date(2025, 0, 2, 3, 4, 5).getTime(), batch: 3 })], { delimiter: ';' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe(
      '\uFEFFrow;id;kind;outcome;reason;message;time;batch;action;from;name\r\n2;a@contoso.com;user;assigned;;;2025-01-02 03:04:05;3;;;\r\n',
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
      `2,'=1+1,user,failed,portalError,"'LF=cmd|"" /C calc""!A0",,,,,`,
      `3,'@evil,user,notFound,,"No results for ""x, y""",,,,,`,
      `4,'-5,user,skipped,duplicate,,,,,,`,
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
      '',
    ]);
    for (const cells of parsed.slice(1)) for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r\n]/);
  });

  it('uses a tab delimiter and localized headers and codes when given', () => {
    const csv = exportReportCsv([row({ outcome: 'skipped', reason: 'alreadyHad' })], {
      delimiter: '\t',
      headers: { row: 'Rij', outcome: 'Resultaat' },
      label: (code) =>
        ({ skipped: 'Overgeslagen', alreadyHad: 'Had al een licentie', user: 'gebruiker' })[code] ?? code,
    });
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Rij\tid\tkind\tResultaat\treason\tmessage\ttime\tbatch\taction\tfrom\tname',
      '2\ta@contoso.com\tgebruiker\tOvergeslagen\tHad al een licentie\t\t\t\t\t\t',
      '',
    ]);
  });

  it('carries the display name and every column of the admin’s own row through, neutralized', () => {
    const csv = exportReportCsv(
      [row({ row: 2, name: 'Ann Lee' }), row({ row: 4, id: 'c@contoso.com', outcome: 'notFound' })],
      {
        delimiter: ';',
        source: {
          header: ['Email', 'Employee no', 'Cost centre'],
          rows: [
            ['Email', 'Employee no', 'Cost centre'],
            ['a@contoso.com', '0042', 'Sales;North'],
            [],
            ['c@contoso.com', '=7'],
          ],
        },
      },
    );
    expect(body(csv)).toEqual([
      '2;a@contoso.com;user;assigned;;;;;;;Ann Lee;a@contoso.com;0042;"Sales;North"',
      "4;c@contoso.com;user;notFound;;;;;;;;c@contoso.com;'=7;",
    ]);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'row;id;kind;outcome;reason;message;time;batch;action;from;name;Email;Employee no;Cost centre',
    );
  });
});

describe('localTime', () => {
  it('writes local time as yyyy-mm-dd hh:mm:ss', () => {
    expect(localTime(new Date(2026, 11, 2, 17, 5, 9).getTime())).toBe('2026-12-02 17:05:09');
    expect(localTime(new Date(2026, 0, 31, 0, 0, 0).getTime())).toBe('2026-01-31 00:00:00');
  });
});
