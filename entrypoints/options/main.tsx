import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/styles.css';
import { t } from '../../components/i18n';

document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <main class="stack" style={{ padding: '16px', maxWidth: '640px' }}>
    <h1>{t('optionsTitle')}</h1>
  </main>,
  document.getElementById('app')!,
);
