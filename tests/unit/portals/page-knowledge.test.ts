// All page knowledge lives in lib/portals: no file outside it queries the page with portal markup
// (automation ids, Fluent's ms-* classes, roles, aria-* attributes, the Azure shell's fxs-/azc-
// classes), written out or imported from a page model. The run's steps ask the page model instead.
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse, ROOT, sourceFiles } from '../i18n/source-scan';

const QUERIES = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);
const PORTAL_MARKUP = /data-automation|(?:^|[\s.,>+~(])\.?ms-[A-Za-z]|\brole\s*=|\[aria-|fxs-|azc-|fui-/;

type Finding = { where: string; arg: string };

/** Names a file imports from a page model (lib/portals). */
function portalImports(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/(^|\/)portals(\/|$)/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) names.add(el.name.text);
  }
  return names;
}

function portalQueries(file: ts.SourceFile): Finding[] {
  const imported = portalImports(file);
  const out: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      QUERIES.has(node.expression.name.text) &&
      node.arguments[0]
    ) {
      const arg = node.arguments[0];
      const text = arg.getText(file);
      const literal = ts.isStringLiteralLike(arg) || ts.isTemplateExpression(arg);
      const usesImport = [...imported].some((name) => new RegExp(`\\b${name}\\b`).test(text));
      if ((literal && PORTAL_MARKUP.test(text)) || usesImport) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        out.push({ where: `${relative(ROOT, file.fileName)}:${line + 1}`, arg: text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

const outside = ['lib', 'entrypoints', 'components']
  .flatMap((dir) => sourceFiles(join(ROOT, dir)))
  .filter((f) => !relative(ROOT, f).startsWith(join('lib', 'portals')));

describe('page knowledge stays in lib/portals', () => {
  it('scans the run steps', () => {
    expect(outside.some((f) => f.includes(join('content', 'run-page')))).toBe(true);
  });

  it('no file outside lib/portals queries the page with portal markup', () => {
    expect(outside.flatMap((f) => portalQueries(parse(f)))).toEqual([]);
  });

  it('the scan catches a written-out selector and an imported one', () => {
    const sample = parse(
      join(ROOT, 'lib', 'content', 'sample.ts'),
      [
        "import { DETAILS_ROW } from '../portals/admin-center/selectors';",
        "doc.querySelector('.ms-MessageBar--error');",
        'row.closest(`[role=row]`);',
        'grid.querySelectorAll(DETAILS_ROW);',
        "host.querySelector('[data-license-pilot]');",
      ].join('\n'),
    );
    expect(portalQueries(sample).map((f) => f.arg)).toEqual(["'.ms-MessageBar--error'", '`[role=row]`', 'DETAILS_ROW']);
  });
});
