// Every user-facing string comes from _locales; the key type is taken from the English file so a
// missing key is a compile error.
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // WXT types getMessage by the keys of its last `prepare`; MessageKey already checks against the file.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key, substitutions.map(String)) || key;
}

/** The UI language the browser chose for the extension, for number and date formats. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale()).format(value);
}

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { timeStyle: 'short' }).format(new Date(iso));
}
