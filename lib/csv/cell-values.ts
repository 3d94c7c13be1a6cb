// Words admins write in the Guest, Action and Members columns, in English, Dutch, German and French.
import type { TargetAction } from './types';

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  'guest',
  'ja',
  'j',
  'waar',
  'gast',
  'wahr',
  'oui',
  'o',
  'vrai',
  'invite',
]);
const NO = new Set([
  'no',
  'n',
  'false',
  '0',
  'member',
  'nee',
  'onwaar',
  'lid',
  'nein',
  'falsch',
  'mitglied',
  'non',
  'faux',
  'membre',
]);

/** true / false for a guest cell, undefined when the word is not known. An empty cell is false. */
export function guestFlag(cell: string): boolean | undefined {
  if (cell === '') return false;
  const word = fold(cell);
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return undefined;
}

const ACTIONS: Record<string, TargetAction> = {};
const ACTION_WORDS: Record<TargetAction, string[]> = {
  assign: [
    'assign',
    'add',
    'grant',
    'toewijzen',
    'toevoegen',
    'zuweisen',
    'hinzufugen',
    'attribuer',
    'affecter',
    'ajouter',
  ],
  unassign: [
    'unassign',
    'remove',
    'revoke',
    'delete',
    'verwijderen',
    'intrekken',
    'entfernen',
    'zuweisungaufheben',
    'supprimer',
    'retirer',
    'desattribuer',
    'desaffecter',
  ],
  reassign: [
    'reassign',
    'replace',
    'move',
    'transfer',
    'vervangen',
    'overdragen',
    'ersetzen',
    'ubertragen',
    'remplacer',
    'reattribuer',
    'transferer',
  ],
};
for (const [action, words] of Object.entries(ACTION_WORDS) as [TargetAction, string[]][]) {
  for (const w of words) ACTIONS[w] = action;
}

/** The action of an Action cell; an empty cell means assign; undefined when the word is not known. */
export function actionOf(cell: string): TargetAction | undefined {
  if (cell === '') return 'assign';
  return ACTIONS[fold(cell).replace(/[\s\-_]+/g, '')];
}

/** A member count as spreadsheets write it ("1250", "1,250", "1.250", "1 250"); undefined if not one. */
export function memberCountOf(cell: string): number | undefined {
  const digits = cell.replace(/[\s\u00a0\u202f.,']/g, '');
  if (!/^\d{1,9}$/.test(digits)) return undefined;
  // "1,5" or "12.34" are not counts: a separator must be followed by groups of three digits.
  if (!/^\d{1,3}([\s\u00a0\u202f.,']\d{3})*$/.test(cell) && !/^\d+$/.test(cell)) return undefined;
  return Number(digits);
}
