// Reads the UI sources with the TypeScript parser: which message keys they use, and which
// user-facing text they write without going through `t(...)`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

export type KeyUse =
  | { kind: 'static'; key: string; where: string }
  | { kind: 'family'; prefix: string; where: string }
  | { kind: 'unsupported'; text: string; where: string };

export type Violation = { text: string; where: string };

/** Attributes a person reads or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** DOM properties that put text on screen or in the accessibility tree. */
const TEXT_PROPERTIES = new Set([
  'textContent',
  'innerText',
  'title',
  'placeholder',
  'alt',
  'ariaLabel',
  'ariaDescription',
  'ariaValueText',
]);
const HAS_LETTER = /\p{L}/u;

export function sourceFiles(dir: string, extensions = ['.ts', '.tsx']): string[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return extensions.some((e) => dir.endsWith(e)) && !dir.endsWith('.d.ts') ? [dir] : [];
  return readdirSync(dir).flatMap((name) =>
    name === 'node_modules' || name === 'generated' ? [] : sourceFiles(join(dir, name), extensions),
  );
}

export function parse(fileName: string, text = readFileSync(fileName, 'utf8')): ts.SourceFile {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
}

function where(node: ts.Node): string {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${relative(ROOT, file.fileName)}:${line + 1}`;
}

/** The node a key expression is an argument of, past `as` casts and parentheses. */
function unwrapParent(node: ts.Node): ts.Node {
  let parent = node.parent;
  while (ts.isAsExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isSatisfiesExpression(parent))
    parent = parent.parent;
  return parent;
}

function unwrap(node: ts.Expression): ts.Expression {
  while (
    ts.isAsExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isNonNullExpression(node)
  ) {
    node = node.expression;
  }
  return node;
}

/** `t(...)`, `x.t(...)` or `browser.i18n.getMessage(...)`: the calls that look a message up. */
function isMessageCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && (callee.name.text === 't' || callee.name.text === 'getMessage');
}

/** Initializers of the file's variables by name, to follow `const key = …; t(key)`. */
type Initializers = Map<string, ts.Expression[]>;

function initializersOf(file: ts.SourceFile): Initializers {
  const found: Initializers = new Map();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      found.set(node.name.text, [...(found.get(node.name.text) ?? []), node.initializer]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function keyUses(arg: ts.Expression, out: KeyUse[], vars: Initializers = new Map(), depth = 0): void {
  const node = unwrap(arg);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    out.push({ kind: 'static', key: node.text, where: where(node) });
  else if (ts.isConditionalExpression(node)) {
    keyUses(node.whenTrue, out, vars, depth);
    keyUses(node.whenFalse, out, vars, depth);
  } else if (ts.isIdentifier(node) && depth < 3) {
    for (const init of vars.get(node.text) ?? []) keyUses(init, out, vars, depth + 1);
  } else if (ts.isTemplateExpression(node)) {
    // Only `prefix_${member}` is a family the test can enumerate.
    const simple =
      node.templateSpans.length === 1 && node.templateSpans[0]?.literal.text === '' && node.head.text !== '';
    out.push(
      simple
        ? { kind: 'family', prefix: node.head.text, where: where(node) }
        : { kind: 'unsupported', text: node.getText(), where: where(node) },
    );
  }
  // Anything else is a variable or a lookup typed as MessageKey: the compiler checks it.
}

/** Every message key a file looks up with `t(...)`: literal keys, and `prefix_${...}` families. */
export function messageKeyUses(file: ts.SourceFile): KeyUse[] {
  const out: KeyUse[] = [];
  const vars = initializersOf(file);
  const visit = (node: ts.Node): void => {
    if (isMessageCall(node) && node.arguments[0]) keyUses(node.arguments[0], out, vars);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

const KEY_PREFIX = /^[a-z][A-Za-z0-9]*_$/;

/** Key-like `prefix_${...}` templates outside a `t(...)` call: UI code that builds a key first. */
export function looseKeyTemplates(file: ts.SourceFile): KeyUse[] {
  const out: KeyUse[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTemplateExpression(node) && KEY_PREFIX.test(node.head.text) && !isMessageCall(unwrapParent(node)))
      keyUses(node, out);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Literal text with letters that an expression can evaluate to (not its conditions, not t's arguments). */
function renderedLiterals(expr: ts.Expression, out: Violation[]): void {
  const node = unwrap(expr);
  const check = (text: string) => {
    if (HAS_LETTER.test(text)) out.push({ text: text.trim(), where: where(node) });
  };
  if (isMessageCall(node)) return;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node.text);
  else if (ts.isTemplateExpression(node)) {
    check(node.head.text);
    for (const span of node.templateSpans) {
      renderedLiterals(span.expression, out);
      check(span.literal.text);
    }
  } else if (ts.isConditionalExpression(node)) {
    renderedLiterals(node.whenTrue, out);
    renderedLiterals(node.whenFalse, out);
  } else if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) renderedLiterals(node.right, out);
    else if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    ) {
      renderedLiterals(node.left, out);
      renderedLiterals(node.right, out);
    }
  } else if (ts.isArrayLiteralExpression(node)) node.elements.forEach((e) => renderedLiterals(e, out));
}

function attributeName(attr: ts.JsxAttribute): string {
  return attr.name.getText();
}

/**
 * User-facing text written in code: JSX text, text attributes, and text put into the DOM
 * (`textContent =`, `createTextNode`, `setAttribute('aria-label', …)`), unless it comes from `t(...)`.
 */
export function literalUiText(file: ts.SourceFile): Violation[] {
  const out: Violation[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (HAS_LETTER.test(node.text)) out.push({ text: node.text.trim(), where: where(node) });
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      renderedLiterals(node.expression, out);
    } else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(attributeName(node)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) renderedLiterals(init, out);
      else if (ts.isJsxExpression(init) && init.expression) renderedLiterals(init.expression, out);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = node.left;
      if (ts.isPropertyAccessExpression(target) && TEXT_PROPERTIES.has(target.name.text))
        renderedLiterals(node.right, out);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [first, second] = node.arguments;
      if (method === 'createTextNode' && first) renderedLiterals(first, out);
      if (method === 'setAttribute' && first && second && ts.isStringLiteral(first) && TEXT_ATTRIBUTES.has(first.text))
        renderedLiterals(second, out);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}
