// The sign-in page (login.microsoftonline.com): "Pick an account"; choosing the signed-in account
// goes back to the page that was asked for.
import { config, t } from '../context.ts';
import { h } from '../dom.ts';

function safeReturn(raw: string | null): string | undefined {
  try {
    const url = new URL(raw ?? '');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function startSignIn(root: HTMLElement): void {
  const c = config();
  const back = safeReturn(new URLSearchParams(location.search).get('redirect_uri'));
  const tile = h(
    'div',
    {
      role: 'button',
      tabindex: 0,
      class: 'table',
      'data-test-id': c.adminUpn,
      'aria-label': c.adminUpn,
      onClick: () => {
        if (back) location.assign(back);
      },
    },
    h('div', { class: 'table-cell' }, h('div', { class: 'tile-name' }, c.adminName), h('small', null, c.adminUpn)),
    h('div', { class: 'table-cell' }, h('small', null, t('signedIn'))),
  );
  root.append(
    h(
      'div',
      { id: 'lightbox', class: 'sign-in-box' },
      h('div', { class: 'logo', role: 'img', 'aria-label': 'Microsoft' }, 'Microsoft'),
      h('div', { role: 'heading', 'aria-level': 1, class: 'title' }, t('pickAccount')),
      h(
        'div',
        { role: 'list', class: 'tiles' },
        tile,
        h('div', { role: 'button', tabindex: 0, class: 'table', 'aria-label': t('useAnother') }, t('useAnother')),
      ),
    ),
  );
  document.title = t('signIn');
}
