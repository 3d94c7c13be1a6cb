// Mixed files: an Action column (assign, unassign, reassign, in four languages) and the From/To
// form of a reassignment (two columns of addresses).
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import { parseCsv } from '../../../lib/csv';
import { utf8 } from './encode';

const catalog = getCatalog();
const read = (text: string) => parseCsv(utf8(text), { catalog });
const codes = (text: string) => read(text).problems.map((p) => p.code);

describe('the From/To form of a reassignment', () => {
  it.each([
    ['From,To', 'en'],
    ['Van;Naar', 'nl'],
    ['Von;Nach', 'de'],
    ['De;À', 'fr'],
    ['Previous user,New user', 'en'],
    ['Vorige gebruiker;Nieuwe gebruiker', 'nl'],
  ])('%s (%s): the second column receives, the first gives', (header) => {
    const delimiter = header.includes(';') ? ';' : ',';
    const { columns, targets, problems } = read(`${header}\nold@contoso.com${delimiter}new@contoso.com\n`);
    expect(columns.map((c) => c.role)).toEqual(['from', 'user']);
    expect(problems).toEqual([]);
    expect(targets).toEqual([
      {
        row: 2,
        kind: 'user',
        id: 'new@contoso.com',
        key: 'new@contoso.com',
        action: 'reassign',
        from: 'old@contoso.com',
      },
    ]);
  });

  it('needs a From for every reassignment, and a valid address in it', () => {
    expect(codes('User,Action,From\nb@contoso.com,reassign,\n')).toEqual(['missingFrom']);
    expect(codes('From,To\nnot an address,b@contoso.com\n')).toEqual(['invalidAddress']);
  });
});

describe('a mixed file with an Action column', () => {
  it.each([
    [
      'en',
      'User;Action;From',
      ['', 'unassign', 'remove', 'reassign', 'replace'],
      ['assign', 'unassign', 'unassign', 'reassign', 'reassign'],
    ],
    [
      'nl',
      'Gebruiker;Actie;Van',
      ['toewijzen', 'verwijderen', 'intrekken', 'vervangen', 'overdragen'],
      ['assign', 'unassign', 'unassign', 'reassign', 'reassign'],
    ],
    [
      'de',
      'Benutzer;Aktion;Von',
      ['zuweisen', 'entfernen', 'Zuweisung aufheben', 'ersetzen', 'übertragen'],
      ['assign', 'unassign', 'unassign', 'reassign', 'reassign'],
    ],
    [
      'fr',
      'Utilisateur;Action;De',
      ['attribuer', 'retirer', 'désattribuer', 'remplacer', 'réattribuer'],
      ['assign', 'unassign', 'unassign', 'reassign', 'reassign'],
    ],
  ])('reads the actions in %s', (_, header, words, actions) => {
    const rows = words.map(
      (w, i) => `u${i}@contoso.com;${w};${actions[i] === 'reassign' ? `was${i}@contoso.com` : ''}`,
    );
    const { targets, problems } = read([header, ...rows].join('\n') + '\n');
    expect(problems).toEqual([]);
    expect(targets.map((t) => t.action)).toEqual(actions);
    expect(targets.map((t) => t.from)).toEqual(
      actions.map((a, i) => (a === 'reassign' ? `was${i}@contoso.com` : undefined)),
    );
  });

  it('reads a From without an action as a reassignment, and keeps an explicit removal a removal', () => {
    const { targets } = read(
      'User,Action,From\nb@contoso.com,,a@contoso.com\nc@contoso.com,unassign,\ngrp@contoso.com,assign,\n',
    );
    expect(targets.map((t) => [t.id, t.action, t.from])).toEqual([
      ['b@contoso.com', 'reassign', 'a@contoso.com'],
      ['c@contoso.com', 'unassign', undefined],
      ['grp@contoso.com', 'assign', undefined],
    ]);
  });

  it('names an unknown action with its row and column', () => {
    const { problems, targets } = read('User,Action\na@contoso.com,borrow\nb@contoso.com,assign\n');
    expect(problems).toMatchObject([
      { code: 'unknownAction', row: 2, column: 'Action', params: ['2', 'Action', 'borrow'] },
    ]);
    expect(targets.map((t) => t.row)).toEqual([3]);
  });
});
