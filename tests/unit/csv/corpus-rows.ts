// Files whose rows hold the trouble: bad addresses, duplicates, contradictions, odd cells.
import { PRO, type CorpusFile } from './corpus-kit';
import { utf8 } from './encode';

export const rowFiles: CorpusFile[] = [
  {
    name: 'quoted newlines and quoted delimiters',
    bytes: utf8(
      'Email,DisplayName\na@contoso.com,"Line one\nline two"\nb@contoso.com,"Smith, John"\nc@contoso.com,"She said ""hi"""\n',
    ),
    expect: { ids: ['a@contoso.com', 'b@contoso.com', 'c@contoso.com'], problems: [], rowCount: 3 },
  },
  {
    name: 'formula-like cells',
    bytes: utf8(
      'Email,DisplayName\n=A1,Formula address\n+31612345678,Phone\nok@contoso.com,=HYPERLINK("http://x")\n-x@contoso.com,Leading hyphen is valid\n',
    ),
    expect: {
      ids: ['ok@contoso.com', '-x@contoso.com'],
      problems: [
        ['formulaInCell', 2],
        ['formulaInCell', 3],
      ],
    },
  },
  {
    name: 'trailing delimiters on every line',
    bytes: utf8('Email;Product;\na@contoso.com;Power BI Pro;\nb@contoso.com;Power BI Pro;;\n'),
    expect: { ids: ['a@contoso.com', 'b@contoso.com'], problems: [] },
  },
  {
    name: 'ragged rows',
    bytes: utf8(
      'Email,Product,UsageLocation\na@contoso.com\nb@contoso.com,Power BI Pro,NL,extra\nc@contoso.com,Power BI Pro\n',
    ),
    expect: { ids: ['a@contoso.com', 'b@contoso.com', 'c@contoso.com'], problems: [['tooManyColumns', 3]] },
  },
  {
    name: 'headerless single column, CRLF, blank line and a bad address',
    bytes: utf8('adele@contoso.com\r\n\r\nnot-an-address\r\nalex@contoso.com\r\n\r\n\r\n'),
    expect: {
      ids: ['adele@contoso.com', 'alex@contoso.com'],
      problems: [
        ['emptyRow', 2],
        ['invalidAddress', 3],
      ],
      rowCount: 4,
    },
  },
  {
    name: 'duplicates, case-insensitive',
    bytes: utf8(
      'Email,Product\nAdele@Contoso.com,Power BI Pro\nadele@contoso.com,POWER_BI_PRO\nalex@contoso.com,Power BI Pro\n',
    ),
    expect: { ids: ['Adele@Contoso.com', 'alex@contoso.com'], problems: [['duplicateTarget', 3]] },
  },
  {
    name: 'one guest written two ways',
    bytes: utf8('UPN,Guest\njohn_fabrikam.com#EXT#@contoso.onmicrosoft.com,\nJohn@Fabrikam.com,yes\n'),
    expect: { ids: ['john_fabrikam.com#EXT#@contoso.onmicrosoft.com'], problems: [['duplicateTarget', 3]] },
  },
  {
    name: 'contradictory rows',
    bytes: utf8(
      'Email,Group,Product,Action\n' +
        'a@contoso.com,,Power BI Pro,assign\n' +
        'a@contoso.com,,Power BI Pro,remove\n' +
        'b@contoso.com,,Power BI Pro,\n' +
        'b@contoso.com,,Power BI Premium Per User,\n' +
        ',sales@contoso.com,Power BI Pro,\n' +
        'sales@contoso.com,,Power BI Pro,\n' +
        'c@contoso.com,,Power BI Pro,\n',
    ),
    expect: {
      ids: ['c@contoso.com'],
      problems: [
        ['contradictoryRows', 2],
        ['contradictoryRows', 3],
        ['contradictoryRows', 4],
        ['contradictoryRows', 5],
        ['contradictoryRows', 6],
        ['contradictoryRows', 7],
      ],
    },
  },
  {
    name: 'invalid addresses of every kind',
    bytes: utf8(
      'Email\n' +
        [
          'john@contoso',
          'john@@contoso.com',
          'john smith@contoso.com',
          'john.contoso.com',
          '.john@contoso.com',
          'john..smith@contoso.com',
          'john@-contoso.com',
          'john@contoso.123',
          '"john"@contoso.com',
          'good@contoso.com',
        ].join('\n') +
        '\n',
    ),
    expect: {
      ids: ['good@contoso.com'],
      // The quoted local part is also a quote out of place for a CSV reader; the row after it survives.
      problems: [
        ...[2, 3, 4, 5, 6, 7, 8, 9].map((row) => ['invalidAddress', row] as [string, number]),
        ['malformedQuotes', 10],
        ['invalidAddress', 10],
      ],
    },
  },
  {
    name: 'products by name, String Id and GUID, and an unknown one',
    bytes: utf8(
      `Email;SKU\na@contoso.com;power  bi pro\nb@contoso.com;PBI_PREMIUM_PER_USER\nc@contoso.com;${PRO.toUpperCase()}\nd@contoso.com;Power BI Ultra\n`,
    ),
    expect: { ids: ['a@contoso.com', 'b@contoso.com', 'c@contoso.com'], problems: [['unknownProduct', 5]] },
  },
  {
    name: 'country names read as codes, an unknown one kept without a usage location',
    bytes: utf8('Email,Country\na@contoso.com,UK\nb@contoso.com,Nederland\nc@contoso.com,nl\nd@contoso.com,XX\n'),
    expect: {
      ids: ['a@contoso.com', 'b@contoso.com', 'c@contoso.com', 'd@contoso.com'],
      usageLocations: ['GB', 'NL', 'NL', undefined],
      problems: [['usageLocationFromName'], ['usageLocationFromName'], ['badUsageLocation', 5]],
    },
  },
  {
    name: 'empty rows in the middle matter, trailing ones do not',
    bytes: utf8('Email,Product\na@contoso.com,Power BI Pro\n,\n\nb@contoso.com,Power BI Pro\n,\n\n'),
    expect: {
      ids: ['a@contoso.com', 'b@contoso.com'],
      problems: [
        ['emptyRow', 3],
        ['emptyRow', 4],
      ],
      rowCount: 4,
    },
  },
  {
    name: 'groups by name, object id and mail, with member counts',
    bytes: utf8(
      'Groep;Leden\nFinance Analysts;12\n0b6c3b5e-5b1f-4f55-9a39-6e3a0e6f5f0a;1.250\nsales@contoso.com;3\nMarketing;many\n',
    ),
    expect: {
      ids: ['Finance Analysts', '0b6c3b5e-5b1f-4f55-9a39-6e3a0e6f5f0a', 'sales@contoso.com', 'Marketing'],
      problems: [['badMemberCount', 5]],
    },
  },
  {
    name: 'guest markers in four languages',
    bytes: utf8(
      'Email;Gast\na@fabrikam.com;ja\nb@fabrikam.com;oui\nc@fabrikam.com;TRUE\nd@contoso.com;nee\ne@fabrikam.com;perhaps\n',
    ),
    expect: {
      ids: ['a@fabrikam.com', 'b@fabrikam.com', 'c@fabrikam.com', 'd@contoso.com', 'e@fabrikam.com'],
      problems: [['badGuestValue', 6]],
    },
  },
  {
    name: 'actions in four languages and a reassignment',
    bytes: utf8(
      'Email;Aktion;Von\na@contoso.com;zuweisen;\nb@contoso.com;verwijderen;\nc@contoso.com;remplacer;old@contoso.com\n' +
        'd@contoso.com;;old2@contoso.com\ne@contoso.com;reassign;\nf@contoso.com;explode;\n',
    ),
    expect: {
      ids: ['a@contoso.com', 'b@contoso.com', 'c@contoso.com', 'd@contoso.com'],
      problems: [
        ['missingFrom', 6],
        ['unknownAction', 7],
      ],
    },
  },
  {
    name: 'unclosed quote (the lines after it are still read)',
    bytes: utf8('Email,DisplayName\na@contoso.com,"Adele\nb@contoso.com,Alex\n'),
    expect: { ids: ['a@contoso.com', 'b@contoso.com'], problems: [['malformedQuotes', 2]] },
  },
  {
    name: 'addresses pasted from a mail program',
    bytes: utf8('Email\n"Adele Vance <adele@contoso.com>"\nmailto:alex@contoso.com\n'),
    expect: { ids: ['adele@contoso.com', 'alex@contoso.com'], problems: [] },
  },
  {
    name: 'user and group in one row',
    bytes: utf8('Email,Group\na@contoso.com,Finance\nb@contoso.com,\n,Sales\n'),
    expect: { ids: ['b@contoso.com', 'Sales'], problems: [['userAndGroupInOneRow', 2]] },
  },
  {
    name: 'missing identifier in a filled row',
    bytes: utf8('Email,Product\n,Power BI Pro\na@contoso.com,Power BI Pro\n'),
    expect: { ids: ['a@contoso.com'], problems: [['missingIdentifier', 2]] },
  },
  {
    name: 'duplicate column meaning',
    bytes: utf8('Email,Mail,Product\na@contoso.com,other@contoso.com,Power BI Pro\n'),
    expect: { ids: ['a@contoso.com'], problems: [['duplicateColumn']] },
  },
];
