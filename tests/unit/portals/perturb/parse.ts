// Fixture pages parsed with linkedom: the suite reads about a thousand rewritten pages, and a fresh
// happy-dom window per page costs several times the reading under test. The originals read the same
// under both (the suite compares each variant with its original read the same way); late renders,
// which need a MutationObserver and timers, load into happy-dom windows instead.
import { parseHTML } from 'linkedom';
import { readFixture } from '../load-fixture';

const texts = new Map<string, string>();

export function parseFixture(name: string): Document {
  let html = texts.get(name);
  if (html === undefined) texts.set(name, (html = readFixture(name)));
  return parseHTML(html).document;
}
