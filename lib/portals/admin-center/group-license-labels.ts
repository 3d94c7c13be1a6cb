// The admin center's words for group-based licensing: a group's licensing status on a product's
// Groups tab, and the issue categories of its members on the group's "Actions needed" tab.
// English from Microsoft's docs [MS PORTALS.md §2, §7, added 2026-12-02]; Dutch, German and French
// follow Microsoft's UI terms where known and are marked [INF] until seen on a page.
import type { LabelTable } from '../labels';

export type GroupLicenseLabel =
  | 'statusColumn'
  | 'issueColumn'
  | 'allAssigned'
  | 'inProgress'
  | 'errors'
  | 'notEnoughLicenses'
  | 'usageLocation'
  | 'conflictingPlans'
  | 'missingDependentPlans'
  | 'proxyAddress'
  | 'other';

export const GROUP_LICENSE_LABELS: LabelTable<GroupLicenseLabel> = {
  en: {
    statusColumn: ['Status', 'License status', 'Assignment status'],
    issueColumn: ['Issue', 'Issues', 'Error', 'Reason'],
    allAssigned: ['All licenses assigned'],
    inProgress: ['In progress'],
    errors: ['Errors & issues', 'Errors and issues'],
    notEnoughLicenses: ['Not enough licenses'],
    usageLocation: ['User usage location not specified', 'Usage location not specified'],
    conflictingPlans: ['Conflicting service plans'],
    missingDependentPlans: ['Missing dependent service plans'],
    proxyAddress: ['Proxy address violation'],
    other: ['Other'],
  },
  // [INF] until seen in a Dutch tenant.
  nl: {
    statusColumn: ['Status', 'Licentiestatus', 'Toewijzingsstatus'],
    issueColumn: ['Probleem', 'Problemen', 'Fout', 'Reden'],
    allAssigned: ['Alle licenties toegewezen'],
    inProgress: ['Wordt uitgevoerd', 'Bezig'],
    errors: ['Fouten en problemen', 'Fouten & problemen'],
    notEnoughLicenses: ['Onvoldoende licenties', 'Niet genoeg licenties'],
    usageLocation: ['Gebruikslocatie van gebruiker niet opgegeven', 'Gebruikslocatie niet opgegeven'],
    conflictingPlans: ['Conflicterende serviceabonnementen', 'Conflicterende serviceplannen'],
    missingDependentPlans: ['Ontbrekende afhankelijke serviceabonnementen', 'Ontbrekende afhankelijke serviceplannen'],
    proxyAddress: ['Schending van proxyadres'],
    other: ['Overig', 'Overige'],
  },
  // [INF] until seen in a German tenant.
  de: {
    statusColumn: ['Status', 'Lizenzstatus', 'Zuweisungsstatus'],
    issueColumn: ['Problem', 'Probleme', 'Fehler', 'Grund'],
    allAssigned: ['Alle Lizenzen zugewiesen'],
    inProgress: ['In Bearbeitung', 'Wird ausgeführt'],
    errors: ['Fehler und Probleme', 'Fehler & Probleme'],
    notEnoughLicenses: ['Nicht genügend Lizenzen'],
    usageLocation: ['Nutzungsstandort des Benutzers nicht angegeben', 'Nutzungsstandort nicht angegeben'],
    conflictingPlans: ['Widersprüchliche Servicepläne', 'In Konflikt stehende Servicepläne'],
    missingDependentPlans: ['Fehlende abhängige Servicepläne'],
    proxyAddress: ['Verletzung der Proxyadresse', 'Proxyadressverletzung'],
    other: ['Sonstige', 'Andere'],
  },
  // [INF] until seen in a French tenant.
  fr: {
    statusColumn: ['Statut', 'État', 'Statut de la licence'],
    issueColumn: ['Problème', 'Problèmes', 'Erreur', 'Raison'],
    allAssigned: ['Toutes les licences attribuées', 'Toutes les licences affectées'],
    inProgress: ['En cours'],
    errors: ['Erreurs et problèmes', 'Erreurs & problèmes'],
    notEnoughLicenses: ['Licences insuffisantes', 'Pas assez de licences'],
    usageLocation: [
      "Emplacement d'utilisation de l'utilisateur non spécifié",
      "Emplacement d'utilisation non spécifié",
    ],
    conflictingPlans: ['Plans de service en conflit'],
    missingDependentPlans: ['Plans de service dépendants manquants'],
    proxyAddress: ["Violation d'adresse proxy"],
    other: ['Autre', 'Autres'],
  },
};
