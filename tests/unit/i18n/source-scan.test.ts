// The key scanner against planted code: what it must find.
import { describe, expect, it } from 'vitest';
import { looseKeyTemplates, messageKeyUses, parse } from './source-scan';

const keys = (code: string) =>
  messageKeyUses(parse('x.tsx', code)).map((u) =>
    u.kind === 'static' ? u.key : u.kind === 'family' ? `${u.prefix}*` : `?${u.text}`,
  );

describe('messageKeyUses', () => {
  it('finds literal keys, both sides of a condition, and families', () => {
    expect(
      keys("t('a'); t(on ? 'b' : 'c', 1); t(`runStatus_${s}` as MessageKey); browser.i18n.getMessage('d')"),
    ).toEqual(['a', 'b', 'c', 'runStatus_*', 'd']);
  });

  it('follows a variable to its initializer', () => {
    expect(keys("const key = done ? 'overlayDone' : `pause_${r}`; t(key);")).toEqual(['overlayDone', 'pause_*']);
  });

  it('flags dynamic keys it cannot enumerate', () => {
    expect(keys('t(`${a}_${b}`); t(`x_${a}_y`)')).toEqual(['?`${a}_${b}`', '?`x_${a}_y`']);
  });

  it('leaves typed lookups to the compiler', () => {
    expect(keys('t(STATUS_KEYS[status]); t(label)')).toEqual([]);
  });
});

describe('looseKeyTemplates', () => {
  it('finds key-like templates built outside t(...), not inside it, not other templates', () => {
    const uses = looseKeyTemplates(
      parse('x.ts', 'const k = `overlayStep_${s}`; t(`pause_${r}`); const id = `run:${id}`; const c = `${a}px`;'),
    );
    expect(uses).toEqual([expect.objectContaining({ kind: 'family', prefix: 'overlayStep_' })]);
  });
});
