import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/styles.css';
import './popup.css';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
