// Microsoft's own user files, read as they come. Their headers are known, so each column's meaning
// is fixed: a standard column such as Entra's `mail` or `country` is simply not used, instead of
// being reported as a second user or location column the admin should remove.
import type { ColumnRole } from './types';
import { foldHeader } from './header-aliases';

export type KnownFile = 'adminCenterUsers' | 'entraUsers';

type Signature = { required: string[]; typical: string[]; roles: Record<string, ColumnRole> };

const SIGNATURES: Record<KnownFile, Signature> = {
  // Admin center > Users > Active users > Export users.
  adminCenterUsers: {
    required: ['userprincipalname', 'displayname', 'licenses'],
    typical: ['firstname', 'lastname', 'blockcredential', 'usagelocation', 'objectid', 'whencreated', 'title'],
    roles: {
      userprincipalname: 'user',
      displayname: 'displayName',
      usagelocation: 'usageLocation',
      licenses: 'held',
    },
  },
  // Entra admin center > Users > Download users.
  entraUsers: {
    required: ['userprincipalname', 'usertype'],
    typical: ['displayname', 'givenname', 'surname', 'accountenabled', 'creationtype', 'directorysynced', 'id'],
    roles: {
      userprincipalname: 'user',
      displayname: 'displayName',
      usertype: 'guest',
      usagelocation: 'usageLocation',
      assignedlicenses: 'held',
      licenses: 'held',
    },
  },
};

/** Which of Microsoft's user files these headers are, if any (two typical columns beside the required ones). */
export function knownFileOf(headers: string[]): KnownFile | undefined {
  const folded = new Set(headers.map(foldHeader));
  for (const [kind, sig] of Object.entries(SIGNATURES) as [KnownFile, Signature][]) {
    if (!sig.required.every((h) => folded.has(h))) continue;
    if (sig.typical.filter((h) => folded.has(h)).length >= 2) return kind;
  }
  return undefined;
}

/** The meaning of each column of a known file; columns it does not use have none. */
export function knownFileRoles(kind: KnownFile, headers: string[]): (ColumnRole | null)[] {
  const roles = SIGNATURES[kind].roles;
  return headers.map((h) => roles[foldHeader(h)] ?? null);
}

// Entra's bulk templates write "Member object ID or user principal name [memberObjectIdOrUpn]
// Required": the name in brackets is the column's real name.
const BRACKETED = /\[([A-Za-z0-9_]+)\]/;

/** The header to look up: the bracketed property name of an Entra template header, else the header. */
export function headerName(header: string): string {
  const m = header.includes('[') ? BRACKETED.exec(header) : null;
  return m ? m[1]! : header;
}
