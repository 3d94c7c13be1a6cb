// Azure portal / Microsoft Entra admin center labels by locale (PORTALS.md §3-4; other entries
// follow Microsoft's translated docs). Data only: matching normalizes case, whitespace, diacritics.
import { labelSets, type LabelTable } from '../labels';

export type AzureLabel =
  | 'allProducts'
  | 'nameColumn'
  | 'totalColumn'
  | 'assignedColumn'
  | 'availableColumn'
  | 'expiringSoonColumn'
  | 'plusAssign'
  | 'assignCommand'
  | 'usersAndGroups'
  | 'assignmentOptions'
  | 'assignFinal'
  | 'removeLicense';

export const AZURE_LABELS: LabelTable<AzureLabel> = {
  en: {
    allProducts: ['All products'],
    nameColumn: ['Name', 'Product', 'Product name'],
    totalColumn: ['Total'],
    assignedColumn: ['Assigned'],
    availableColumn: ['Available'],
    expiringSoonColumn: ['Expiring soon'],
    plusAssign: ['+ Assign'],
    assignCommand: ['Assign'],
    usersAndGroups: ['Users and groups', 'Add users and groups', 'Users'],
    assignmentOptions: ['Assignment options'],
    assignFinal: ['Assign', 'Review + assign'],
    removeLicense: ['Remove license'],
  },
  nl: {
    allProducts: ['Alle producten'],
    nameColumn: ['Naam', 'Product', 'Productnaam'],
    totalColumn: ['Totaal'],
    assignedColumn: ['Toegewezen'],
    availableColumn: ['Beschikbaar'],
    expiringSoonColumn: ['Verloopt binnenkort', 'Binnenkort verlopen'],
    plusAssign: ['+ Toewijzen'],
    assignCommand: ['Toewijzen'],
    usersAndGroups: ['Gebruikers en groepen', 'Gebruikers en groepen toevoegen', 'Gebruikers'],
    assignmentOptions: ['Opties voor toewijzingen', 'Toewijzingsopties'],
    assignFinal: ['Toewijzen', 'Beoordelen + toewijzen', 'Controleren + toewijzen'],
    removeLicense: ['Licentie verwijderen'],
  },
  de: {
    allProducts: ['Alle Produkte'],
    nameColumn: ['Name', 'Produkt', 'Produktname'],
    totalColumn: ['Gesamt', 'Insgesamt'],
    assignedColumn: ['Zugewiesen'],
    availableColumn: ['Verfügbar'],
    expiringSoonColumn: ['Läuft bald ab', 'Bald ablaufend'],
    plusAssign: ['+ Zuweisen'],
    assignCommand: ['Zuweisen'],
    usersAndGroups: ['Benutzer und Gruppen', 'Benutzer und Gruppen hinzufügen', 'Benutzer'],
    assignmentOptions: ['Zuweisungsoptionen'],
    assignFinal: ['Zuweisen', 'Überprüfen + zuweisen'],
    removeLicense: ['Lizenz entfernen'],
  },
  fr: {
    allProducts: ['Tous les produits'],
    nameColumn: ['Nom', 'Produit', 'Nom du produit'],
    totalColumn: ['Total'],
    assignedColumn: ['Attribuées', 'Attribué', 'Affectées', 'Affecté'],
    availableColumn: ['Disponibles', 'Disponible'],
    expiringSoonColumn: ['Expirent bientôt', 'Expire bientôt'],
    plusAssign: ['+ Attribuer', '+ Affecter'],
    assignCommand: ['Attribuer', 'Affecter'],
    usersAndGroups: ['Utilisateurs et groupes', 'Ajouter des utilisateurs et des groupes', 'Utilisateurs'],
    assignmentOptions: ["Options d'affectation", "Options d'attribution"],
    assignFinal: ['Attribuer', 'Affecter', 'Vérifier + attribuer'],
    removeLicense: ['Supprimer la licence'],
  },
};

export const azureLabels = labelSets(AZURE_LABELS);
