// Microsoft's own files as admins download them: the admin center's "Export users", Entra's
// "Download users" and Entra's "Import members" template. Their standard columns must read without
// a warning, and a Licenses column is what users hold now, never the product to assign.
import { type CorpusFile } from './corpus-kit';
import { utf8, utf8Bom } from './encode';

const EXPORT_USERS_HEADER =
  'Block credential,City,Country/Region,Department,DirSyncEnabled,Display name,Fax,First name,' +
  'Last dirsync time,Last name,Last password change time stamp,License reconciliation needed,Licenses,' +
  'Mobile Phone,Oath token metadata,Object Id,Office,Password never expires,Phone number,Postal code,' +
  'Preferred data location,Preferred language,Proxy addresses,Release track,Soft deletion time stamp,State,' +
  'Street address,Strong password required,Title,Usage location,User principal name,When created';

/** One Export users row: the columns that matter filled, the rest as the export leaves them. */
function exportUser(name: string, upn: string, licenses: string, location: string, objectId: string): string {
  const [first, last] = name.split(' ');
  return [
    'False',
    'Utrecht',
    'Netherlands',
    'Finance',
    '',
    name,
    '',
    first,
    '',
    last,
    '2026-03-01 09:12:44',
    'False',
    `"${licenses}"`,
    '',
    '',
    objectId,
    '',
    'False',
    '',
    '3511 AB',
    '',
    'nl-NL',
    `"SMTP:${upn}+smtp:${upn.replace('@', '@mail.')}"`,
    '',
    '',
    '',
    'Stationsplein 1',
    'True',
    'Analyst',
    location,
    upn,
    '2024-05-14 08:00:00',
  ].join(',');
}

const ENTRA_HEADER =
  'id,userPrincipalName,displayName,surname,mail,givenName,userType,jobTitle,department,accountEnabled,' +
  'usageLocation,streetAddress,state,country,officeLocation,city,postalCode,telephoneNumber,mobilePhone,' +
  'alternateEmailAddress,ageGroup,consentProvidedForMinor,legalAgeGroupClassification,companyName,' +
  'creationType,directorySynced,invitationState,identityIssuer,createdDateTime';

function entraUser(id: string, upn: string, name: string, type: string, location: string, country: string): string {
  const [given, surname] = name.split(' ');
  const mail = type === 'Guest' ? upn.replace(/_([^_]+)#EXT#@.*/, '@$1') : upn;
  return [
    id,
    upn,
    name,
    surname,
    mail,
    given,
    type,
    'Analyst',
    'Finance',
    'True',
    location,
    '',
    '',
    country,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    'Contoso',
    type === 'Guest' ? 'Invitation' : '',
    '',
    type === 'Guest' ? 'Accepted' : '',
    'contoso.onmicrosoft.com',
    '2025-02-03T10:11:12Z',
  ].join(',');
}

export const microsoftFiles: CorpusFile[] = [
  {
    name: 'admin center Export users: Licenses read as held products, never as the product to assign',
    bytes: utf8Bom(
      [
        EXPORT_USERS_HEADER,
        exportUser(
          'Adele Vance',
          'adele@contoso.nl',
          'Microsoft 365 E5+Power BI Pro',
          'NL',
          '3c1d0b7e-6f1a-4f3b-9b55-2f7e0c1d2a01',
        ),
        exportUser('Alex Wilber', 'alex@contoso.nl', 'Unlicensed', 'DE', '3c1d0b7e-6f1a-4f3b-9b55-2f7e0c1d2a02'),
        exportUser(
          'Megan Bowen',
          'megan@contoso.nl',
          'Enterprise Mobility + Security E3+Office 365 E3',
          'FR',
          '3c1d0b7e-6f1a-4f3b-9b55-2f7e0c1d2a03',
        ),
        exportUser(
          'John Doe',
          'john_fabrikam.com#EXT#@contoso.onmicrosoft.com',
          'Microsoft Fabric (Free)',
          'GB',
          '3c1d0b7e-6f1a-4f3b-9b55-2f7e0c1d2a04',
        ),
      ].join('\r\n') + '\r\n',
    ),
    expect: {
      ids: [
        'adele@contoso.nl',
        'alex@contoso.nl',
        'megan@contoso.nl',
        'john_fabrikam.com#EXT#@contoso.onmicrosoft.com',
      ],
      kinds: ['user', 'user', 'user', 'guest'],
      usageLocations: ['NL', 'DE', 'FR', 'GB'],
      held: [
        ['Microsoft 365 E5', 'Power BI Pro'],
        [],
        ['Enterprise Mobility + Security E3', 'Office 365 E3'],
        ['Microsoft Fabric (Free)'],
      ],
      problems: [['adminCenterUsersFile']],
      encoding: 'utf-8-bom',
      delimiter: ',',
    },
  },
  {
    name: 'Entra Download users: standard columns without warnings, userType and usageLocation used',
    bytes: utf8Bom(
      [
        ENTRA_HEADER,
        entraUser('5b1c0a1e-4a4c-8e3b-1f2a3b4c5d01', 'lee@contoso.com', 'Lee Gu', 'Member', 'US', 'United States'),
        entraUser(
          '5b1c0a1e-4a4c-8e3b-1f2a3b4c5d02',
          'pat_fabrikam.com#EXT#@contoso.onmicrosoft.com',
          'Pat Kim',
          'Guest',
          '',
          '',
        ),
        entraUser('5b1c0a1e-4a4c-8e3b-1f2a3b4c5d03', 'nestor@contoso.com', 'Nestor Wilke', 'Member', 'BE', 'Belgium'),
      ].join('\r\n') + '\r\n',
    ),
    expect: {
      ids: ['lee@contoso.com', 'pat_fabrikam.com#EXT#@contoso.onmicrosoft.com', 'nestor@contoso.com'],
      kinds: ['user', 'guest', 'user'],
      usageLocations: ['US', undefined, 'BE'],
      held: [undefined, undefined, undefined],
      problems: [['entraUsersFile']],
    },
  },
  {
    name: 'Entra Import members template: version line and example row skipped, object ids and UPNs read',
    bytes: utf8(
      'version:v1.0\r\n' +
        'Member object ID or user principal name [memberObjectIdOrUpn] Required\r\n' +
        'Example: 0b6c3b5e-5b1f-4f55-9a39-6e3a0e6f5f0a or user@contoso.com\r\n' +
        '9f0e1d2c-3b4a-4596-8877-665544332211\r\n' +
        '{9F0E1D2C-3B4A-4596-8877-665544332212}\r\n' +
        'adele@contoso.com\r\n',
    ),
    expect: {
      ids: ['9f0e1d2c-3b4a-4596-8877-665544332211', '9f0e1d2c-3b4a-4596-8877-665544332212', 'adele@contoso.com'],
      kinds: ['user', 'user', 'user'],
      problems: [['exampleRowSkipped', 3]],
      rowsAccounted: [3, 6],
    },
  },
];
