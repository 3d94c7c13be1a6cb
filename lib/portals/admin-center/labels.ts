// Microsoft 365 admin center labels by locale (PORTALS.md §4; other entries follow Microsoft's
// translated docs and UI style). Several alternatives where the wording is not pinned down.
// Data only: matching normalizes case, whitespace, diacritics and apostrophes.
import { labelSets, type LabelTable } from '../labels';

export type AdminCenterLabel =
  | 'licensesTitle'
  | 'productColumn'
  | 'availableColumn'
  | 'assignedColumn'
  | 'totalColumn'
  | 'expiringSoon'
  | 'assignLicenses'
  | 'unassignLicenses'
  | 'assignPaneUsers'
  | 'assignPaneGroups'
  | 'turnAppsOnOff'
  | 'assign'
  | 'close'
  | 'cancel'
  | 'save'
  | 'unassign'
  | 'usersTab'
  | 'groupsTab'
  | 'noResults'
  | 'suggestedPeople'
  | 'suggestedGroups'
  | 'activeUsers'
  | 'manageProductLicenses'
  /** How the holders list says a license was assigned directly (not through a group) [INF]. */
  | 'directAssignment';

export const ADMIN_CENTER_LABELS: LabelTable<AdminCenterLabel> = {
  en: {
    licensesTitle: ['Licenses'],
    productColumn: ['Product', 'Product name', 'Name'],
    availableColumn: ['Available licenses', 'Available'],
    assignedColumn: ['Assigned licenses', 'Assigned'],
    totalColumn: ['Total licenses', 'Total'],
    expiringSoon: ['Expiring soon'],
    assignLicenses: ['Assign licenses'],
    unassignLicenses: ['Unassign licenses'],
    assignPaneUsers: ['Assign licenses to users'],
    assignPaneGroups: ['Assign licenses to groups'],
    turnAppsOnOff: ['Turn apps and services on or off'],
    assign: ['Assign'],
    close: ['Close'],
    cancel: ['Cancel'],
    save: ['Save', 'Save changes'],
    unassign: ['Unassign'],
    usersTab: ['Users'],
    groupsTab: ['Groups'],
    noResults: ['No results', 'No results found'],
    suggestedPeople: ['Suggested people', 'Suggested users'],
    suggestedGroups: ['Suggested groups'],
    activeUsers: ['Active users'],
    manageProductLicenses: ['Manage product licenses'],
    directAssignment: ['Direct', 'Directly assigned'],
  },
  nl: {
    licensesTitle: ['Licenties'],
    productColumn: ['Product', 'Productnaam', 'Naam'],
    availableColumn: ['Beschikbare licenties', 'Beschikbaar'],
    assignedColumn: ['Toegewezen licenties', 'Toegewezen'],
    totalColumn: ['Totaal aantal licenties', 'Totaal licenties', 'Totaal'],
    expiringSoon: ['Verloopt binnenkort', 'Binnenkort verlopen'],
    assignLicenses: ['Licenties toewijzen'],
    unassignLicenses: [
      'Toewijzing van licenties ongedaan maken',
      'Toewijzing licenties ongedaan maken',
      'Licenties intrekken',
    ],
    assignPaneUsers: ['Licenties toewijzen aan gebruikers'],
    assignPaneGroups: ['Licenties toewijzen aan groepen'],
    turnAppsOnOff: ['Apps en services in- of uitschakelen'],
    assign: ['Toewijzen'],
    close: ['Sluiten'],
    cancel: ['Annuleren'],
    save: ['Opslaan', 'Wijzigingen opslaan'],
    unassign: ['Toewijzing ongedaan maken', 'Intrekken'],
    usersTab: ['Gebruikers'],
    groupsTab: ['Groepen'],
    noResults: ['Geen resultaten', 'Geen resultaten gevonden'],
    suggestedPeople: ['Voorgestelde personen', 'Voorgestelde gebruikers'],
    suggestedGroups: ['Voorgestelde groepen'],
    activeUsers: ['Actieve gebruikers'],
    manageProductLicenses: ['Productlicenties beheren'],
    directAssignment: ['Rechtstreeks', 'Direct toegewezen', 'Direct'],
  },
  de: {
    licensesTitle: ['Lizenzen'],
    productColumn: ['Produkt', 'Produktname', 'Name'],
    availableColumn: ['Verfügbare Lizenzen', 'Verfügbar'],
    assignedColumn: ['Zugewiesene Lizenzen', 'Zugewiesen'],
    totalColumn: ['Lizenzen insgesamt', 'Gesamtanzahl der Lizenzen', 'Gesamt', 'Insgesamt'],
    expiringSoon: ['Läuft bald ab', 'Bald ablaufend'],
    assignLicenses: ['Lizenzen zuweisen'],
    unassignLicenses: ['Lizenzzuweisung aufheben', 'Zuweisung von Lizenzen aufheben', 'Lizenzen entfernen'],
    assignPaneUsers: ['Lizenzen an Benutzer zuweisen'],
    assignPaneGroups: ['Lizenzen an Gruppen zuweisen'],
    turnAppsOnOff: ['Apps und Dienste aktivieren oder deaktivieren'],
    assign: ['Zuweisen'],
    close: ['Schließen'],
    cancel: ['Abbrechen'],
    save: ['Speichern', 'Änderungen speichern'],
    unassign: ['Zuweisung aufheben', 'Aufheben'],
    usersTab: ['Benutzer'],
    groupsTab: ['Gruppen'],
    noResults: ['Keine Ergebnisse', 'Keine Ergebnisse gefunden'],
    suggestedPeople: ['Vorgeschlagene Personen', 'Vorgeschlagene Benutzer'],
    suggestedGroups: ['Vorgeschlagene Gruppen'],
    activeUsers: ['Aktive Benutzer'],
    manageProductLicenses: ['Produktlizenzen verwalten'],
    directAssignment: ['Direkt', 'Direkt zugewiesen'],
  },
  fr: {
    licensesTitle: ['Licences'],
    productColumn: ['Produit', 'Nom du produit', 'Nom'],
    availableColumn: ['Licences disponibles', 'Disponibles', 'Disponible'],
    assignedColumn: ['Licences attribuées', 'Licences affectées', 'Attribuées', 'Affectées'],
    totalColumn: ['Total des licences', 'Nombre total de licences', 'Total'],
    expiringSoon: ['Expirent bientôt', 'Expire bientôt'],
    assignLicenses: ['Attribuer des licences', 'Affecter des licences'],
    unassignLicenses: ['Retirer des licences', "Annuler l'attribution des licences", 'Supprimer des licences'],
    assignPaneUsers: ['Attribuer des licences aux utilisateurs', 'Affecter des licences aux utilisateurs'],
    assignPaneGroups: ['Attribuer des licences aux groupes', 'Affecter des licences aux groupes'],
    turnAppsOnOff: ['Activer ou désactiver les applications et les services'],
    assign: ['Attribuer', 'Affecter'],
    close: ['Fermer'],
    cancel: ['Annuler'],
    save: ['Enregistrer', 'Enregistrer les modifications'],
    unassign: ['Retirer', "Annuler l'attribution"],
    usersTab: ['Utilisateurs'],
    groupsTab: ['Groupes'],
    noResults: ['Aucun résultat', 'Aucun résultat trouvé'],
    suggestedPeople: ['Personnes suggérées', 'Utilisateurs suggérés'],
    suggestedGroups: ['Groupes suggérés'],
    activeUsers: ['Utilisateurs actifs'],
    manageProductLicenses: ['Gérer les licences de produits'],
    directAssignment: ['Directe', 'Attribution directe', 'Direct'],
  },
};

export const adminCenterLabels = labelSets(ADMIN_CENTER_LABELS);
