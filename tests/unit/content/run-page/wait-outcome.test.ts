import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { waitFor } from '../../../../lib/content/run-page/wait';
import { outcomeOf, readOutcomeBars, splitTargetLine } from '../../../../lib/content/run-page/outcome';
import { guestHomeMail, whoOf } from '../../../../lib/content/run-page/who';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

function blank() {
  const window = new Window({ url: 'https://admin.microsoft.com/' });
  windows.push(window);
  return { doc: window.document as unknown as Document, win: window as unknown as globalThis.Window };
}

describe('waitFor', () => {
  it('resolves when the DOM changes to satisfy the check, without waiting for the poll', async () => {
    const { doc, win } = blank();
    const started = Date.now();
    const found = waitFor(doc, win, () => doc.querySelector('#late'), { timeoutMs: 5_000, pollMs: 10_000 });
    win.setTimeout(() => doc.body.append(Object.assign(doc.createElement('div'), { id: 'late' })), 20);
    expect((await found)?.id).toBe('late');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('answers undefined after the timeout and rejects on abort', async () => {
    const { doc, win } = blank();
    expect(await waitFor(doc, win, () => false, { timeoutMs: 30 })).toBeUndefined();
    const abort = new AbortController();
    const waiting = waitFor(doc, win, () => false, { timeoutMs: Infinity, signal: abort.signal });
    abort.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});

function bar(doc: Document, kind: string, head: string, lines: string[] = []): HTMLElement {
  const el = doc.createElement('div');
  el.className = `ms-MessageBar ms-MessageBar--${kind}`;
  const span = doc.createElement('span');
  span.textContent = head;
  el.append(span);
  if (lines.length) {
    const ul = doc.createElement('ul');
    for (const l of lines) ul.append(Object.assign(doc.createElement('li'), { textContent: l }));
    el.append(ul);
  }
  return el;
}

describe('outcome', () => {
  it('reads the head apart from the per-target lines, even when a line repeats it', () => {
    const { doc } = blank();
    const pane = doc.createElement('div');
    pane.append(bar(doc, 'error', 'Conflicting service plans', ['Ann Lee: Conflicting service plans']));
    expect(readOutcomeBars(pane)).toEqual({
      busy: false,
      error: { head: 'Conflicting service plans', lines: ['Ann Lee: Conflicting service plans'] },
    });
  });

  it('a spinner without a bar is busy', () => {
    const { doc } = blank();
    const pane = doc.createElement('div');
    pane.append(Object.assign(doc.createElement('div'), { className: 'ms-Spinner' }));
    expect(readOutcomeBars(pane)).toEqual({ busy: true });
    expect(outcomeOf(readOutcomeBars(pane), [])).toBeUndefined();
  });

  it('maps a line to the longest name it starts with', () => {
    const members = [
      { target: 0, names: ['Ann'] },
      { target: 1, names: ['Ann Lee', 'ann.lee@x.com'] },
    ];
    expect(splitTargetLine('Ann Lee: invalid usage location.', members)).toEqual({
      target: 1,
      text: 'invalid usage location.',
    });
    expect(splitTargetLine('Bob: nope', members)).toBeUndefined();
  });

  it('errors naming nobody fail the whole submission only when nothing succeeded', () => {
    const members = [{ target: 3, names: ['Ann Lee'] }];
    expect(outcomeOf({ busy: false, error: { head: 'Out of licenses', lines: [] } }, members)).toEqual({
      kind: 'error',
      text: 'Out of licenses',
    });
    expect(outcomeOf({ busy: false, success: 'ok', error: { head: '1 failed', lines: ['Zed: x'] } }, members)).toEqual({
      kind: 'perTarget',
      errors: [],
      text: '1 failed',
    });
    expect(outcomeOf({ busy: false, success: 'Assigned.' }, members)).toEqual({ kind: 'success' });
  });
});

describe('who', () => {
  it("derives a guest's home address from the #EXT# form", () => {
    expect(guestHomeMail('john.doe_contoso.com#EXT#@fabrikam.onmicrosoft.com')).toBe('john.doe@contoso.com');
    expect(guestHomeMail('ann@contoso.com')).toBeUndefined();
  });

  it('types the id as written and matches users by address, groups by name or mail', () => {
    expect(
      whoOf({
        row: 2,
        kind: 'guest',
        id: 'jo_x.org#EXT#@t.onmicrosoft.com',
        key: 'k',
        action: 'assign',
        displayName: 'Jo',
      }),
    ).toEqual({
      query: 'jo_x.org#EXT#@t.onmicrosoft.com',
      upn: 'jo_x.org#EXT#@t.onmicrosoft.com',
      mail: 'jo@x.org',
      name: 'Jo',
    });
    expect(whoOf({ row: 3, kind: 'group', id: 'Finance', key: 'finance', action: 'assign' })).toEqual({
      query: 'Finance',
      name: 'Finance',
    });
    expect(whoOf({ row: 4, kind: 'group', id: 'fin@x.org', key: 'fin@x.org', action: 'assign' })).toEqual({
      query: 'fin@x.org',
      mail: 'fin@x.org',
    });
  });
});
