// Column headers admins write, in English, Dutch, German and French, folded by `foldHeader`
// (lower case, no accents, no spaces, dashes, dots, underscores or apostrophes).
import type { ColumnRole } from './types';

export const HEADER_ALIASES: Record<ColumnRole, readonly string[]> = {
  user: [
    'userprincipalname', 'upn', 'user', 'users', 'username', 'userid', 'login', 'signinname', 'account',
    'email', 'emails', 'emailaddress', 'mail', 'mailaddress', 'primarysmtpaddress', 'smtpaddress',
    'emailadres', 'mailadres', 'gebruikersnaam', 'gebruiker', 'gebruikers', 'gebruikersprincipalnaam',
    'benutzername', 'benutzer', 'benutzerprinzipalname', 'emailadresse', 'mailadresse', 'anmeldename',
    'nomdutilisateur', 'utilisateur', 'utilisateurs', 'adresseemail', 'adressemail', 'courriel', 'adressedemessagerie',
    // The "to" half of a From/To reassignment file.
    'to', 'touser', 'newuser', 'recipient', 'naar', 'nieuwegebruiker', 'ontvanger',
    'nach', 'an', 'neuerbenutzer', 'empfanger', 'a', 'vers', 'nouvelutilisateur', 'destinataire',
  ],
  group: [
    'group', 'groups', 'groupname', 'groupid', 'groupobjectid', 'groupmail', 'groupemail',
    'groep', 'groepen', 'groepsnaam', 'groepsid',
    'gruppe', 'gruppen', 'gruppenname', 'gruppenid',
    'groupe', 'groupes', 'nomdugroupe', 'nomdegroupe',
  ],
  product: [
    'product', 'productname', 'products', 'sku', 'skuid', 'skupartnumber', 'stringid', 'license', 'licence', 'licenses',
    'productnaam', 'licentie', 'producten',
    'produkt', 'produktname', 'lizenz', 'produkte',
    'produit', 'nomduproduit', 'produits',
  ],
  usageLocation: [
    'usagelocation', 'country', 'countrycode', 'location',
    'land', 'landcode', 'gebruikslocatie', 'locatie',
    'nutzungsort', 'nutzungsstandort', 'landescode', 'standort',
    'pays', 'codepays', 'emplacementdutilisation', 'emplacement',
  ],
  displayName: [
    'displayname', 'name', 'fullname',
    'weergavenaam', 'naam', 'volledigenaam',
    'anzeigename', 'vollstandigername',
    'nomcomplet', 'nomdaffichage', 'nom',
  ],
  guest: ['guest', 'isguest', 'usertype', 'gast', 'gebruikerstype', 'benutzertyp', 'invite', 'typedutilisateur'],
  action: ['action', 'actie', 'aktion', 'handeling'],
  from: [
    'from', 'fromuser', 'replaces', 'olduser', 'previoususer',
    'van', 'vervangt', 'oudegebruiker', 'vorigegebruiker',
    'von', 'ersetzt', 'alterbenutzer', 'bisherigerbenutzer',
    'de', 'remplace', 'ancienutilisateur',
  ],
  members: [
    'members', 'membercount', 'leden', 'aantalleden', 'mitglieder', 'anzahlmitglieder', 'membres', 'nombredemembres',
  ],
};

/** Folds a header for lookup: "E-mailadres" -> "emailadres", "Nom d'utilisateur" -> "nomdutilisateur". */
export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u200b\ufeff'’`´\-_.:]+/g, '');
}

let lookup: Map<string, ColumnRole> | undefined;

export function roleOfHeader(header: string): ColumnRole | undefined {
  if (!lookup) {
    lookup = new Map();
    for (const [role, names] of Object.entries(HEADER_ALIASES) as [ColumnRole, readonly string[]][]) {
      for (const name of names) if (!lookup.has(name)) lookup.set(name, role);
    }
  }
  return lookup.get(foldHeader(header));
}
