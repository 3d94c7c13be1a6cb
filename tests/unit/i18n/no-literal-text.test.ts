// "No user-facing string outside _locales": the pages, components and the in-page overlay show
// only text from `t(...)` (or data: page content, file cells, numbers).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalUiText, parse, ROOT, sourceFiles } from './source-scan';

/** Text that is the same in every language. Keep it short: brand names only. */
const ALLOWED = new Set(['License Pilot']);

const UI_SOURCES = ['entrypoints', 'components', 'lib/content'];

function violations(fileName: string, text: string): string[] {
  return literalUiText(parse(fileName, text)).map((v) => v.text);
}

describe('user-facing text in code', () => {
  const files = UI_SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('scans the UI sources', () => {
    expect(files.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(8);
  });

  it("the pages' HTML holds no text but the brand (titles are set from _locales where they differ)", () => {
    const pages = sourceFiles(join(ROOT, 'entrypoints'), ['.html']);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const texts = pages.flatMap((f) =>
      readFileSync(f, 'utf8')
        .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
        .split(/<[^>]*>/)
        .map((text) => text.trim())
        .filter((text) => /\p{L}/u.test(text) && !ALLOWED.has(text))
        .map((text) => `${f}: ${text}`),
    );
    expect(texts).toEqual([]);
  });

  it('comes from _locales through t(...)', () => {
    const found = files.flatMap((f) => literalUiText(parse(f))).filter((v) => !ALLOWED.has(v.text));
    expect(found.map((v) => `${v.where}: ${JSON.stringify(v.text)}`)).toEqual([]);
  });
});

// The scanner itself, against planted examples: each of these must be caught.
describe('literalUiText', () => {
  it('catches JSX text and text attributes', () => {
    const code = `
      const A = () => (
        <div title="Open file" aria-label={'Close'}>
          Hello there
          <img alt="Logo" />
          <input placeholder={busy ? 'Loading' : t('idle')} />
          {count > 1 && 'items'}
          {\`Row \${n}\`}
        </div>
      );`;
    expect(violations('x.tsx', code)).toEqual(['Open file', 'Close', 'Hello there', 'Logo', 'Loading', 'items', 'Row']);
  });

  it('catches text put into the DOM', () => {
    const code = `
      el.textContent = 'Stop';
      el.textContent = t('overlayStop');
      el.title = 'Step ' + n;
      el.setAttribute('aria-label', 'Next');
      el.setAttribute('data-part', 'stop');
      parent.append(document.createTextNode('Done'));`;
    expect(violations('x.ts', code)).toEqual(['Stop', 'Step', 'Next', 'Done']);
  });

  it('lets through t(...), data, punctuation and non-text attributes', () => {
    const code = `
      const A = () => (
        <p class={on ? 'primary' : ''} data-testid="run-status" aria-labelledby="run-title">
          {t('runHeading')} · {view.product.name} — “{text}” {status === 'ready' && <b>{t(key)}</b>}
        </p>
      );`;
    expect(violations('x.tsx', code)).toEqual([]);
  });
});
