// Late renders: the page arrives in pieces, as a single-page app draws it after its data loads.
// Every body-level piece and every child of the main region is held back behind a comment
// placeholder and put back in a random order at random moments; the page is read through the same
// debounced watcher the content script uses, and the report read after the last piece landed
// counts.
import { readPageReport } from '../../../../lib/portals';
import type { PageReport } from '../../../../lib/portals/types';
import { watchPage } from '../../../../lib/portals/watch';
import type { Random } from './random';

const DEBOUNCE_MS = 10;
const GIVE_UP_MS = 3_000;

/** The pieces held back, each with the placeholder it returns to. */
function holdBack(doc: Document): { placeholder: Comment; piece: Node }[] {
  const main = doc.querySelector('[role=main], main');
  const pieces = [...Array.from(main?.childNodes ?? []), ...Array.from(doc.body.childNodes)].filter(
    (n) => n.nodeType === 1 && !(n as Element).contains(main),
  );
  return pieces.map((piece) => {
    const placeholder = doc.createComment('loading');
    piece.parentNode!.replaceChild(placeholder, piece);
    return { placeholder, piece };
  });
}

export async function readAfterLateRender(
  doc: Document,
  win: Window,
  url: URL,
  next: Random,
  now: Date,
): Promise<PageReport | undefined> {
  const held = holdBack(doc);
  for (let i = held.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [held[i], held[j]] = [held[j]!, held[i]!];
  }
  const delays = held.map(() => Math.floor(next() * 15));
  let landed = false;
  let last: PageReport | undefined;
  return new Promise((resolve) => {
    let stop = () => {};
    const giveUp = win.setTimeout(() => {
      stop();
      resolve(undefined);
    }, GIVE_UP_MS);
    stop = watchPage(
      doc,
      win,
      () => {
        last = readPageReport(doc, url, now);
        if (!landed) return;
        stop();
        win.clearTimeout(giveUp);
        resolve(last);
      },
      { debounceMs: DEBOUNCE_MS },
    );
    const put = (k: number) => {
      const { placeholder, piece } = held[k]!;
      // Set with the last piece: the watcher's next read is then the one after it.
      landed = k === held.length - 1;
      placeholder.replaceWith(piece);
      if (!landed) win.setTimeout(() => put(k + 1), delays[k]);
    };
    if (held.length === 0) {
      landed = true;
      doc.body.append(doc.createComment('empty page'));
    }
    if (held.length > 0) win.setTimeout(() => put(0), 0);
  });
}
