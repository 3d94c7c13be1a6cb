// Every locale says the same things: the same keys as English, no empty message, and the same
// $1..$9 substitutions per message (a missing $2 silently drops a number from the sentence).
import { describe, expect, it } from 'vitest';
import { LOCALES, readLocale, substitutions } from './locale-files';

const en = readLocale('en');

describe('locale files', () => {
  it('English has messages', () => {
    expect(Object.keys(en).length).toBeGreaterThan(100);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const messages = readLocale(locale);

      it('has exactly the keys of English', () => {
        const missing = Object.keys(en).filter((k) => !(k in messages));
        const extra = Object.keys(messages).filter((k) => !(k in en));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('has no empty message', () => {
        const empty = Object.entries(messages)
          .filter(([, v]) => typeof v?.message !== 'string' || v.message.trim() === '')
          .map(([k]) => k);
        expect(empty).toEqual([]);
      });

      it('uses the same substitutions as English in every message', () => {
        const differing = Object.keys(en)
          .filter((k) => messages[k] && substitutions(messages[k]).join() !== substitutions(en[k]!).join())
          .map((k) => `${k}: ${substitutions(en[k]!).join(' ')} vs ${substitutions(messages[k]!).join(' ')}`);
        expect(differing).toEqual([]);
      });
    });
  }
});

describe('substitutions', () => {
  it('finds positional and named substitutions', () => {
    expect(substitutions({ message: 'Row $2 of $1, $1 again' })).toEqual(['$1', '$2']);
    expect(substitutions({ message: 'Hi $USER$', placeholders: { user: { content: '$3' } } })).toEqual(['$3']);
    expect(substitutions({ message: 'costs $$5' })).toEqual([]);
  });
});
