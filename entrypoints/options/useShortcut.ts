import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The key the browser binds to one of the extension's commands: '' when unset, undefined until known. */
export function useShortcut(command: string): string | undefined {
  const [shortcut, setShortcut] = useState<string | undefined>();
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === command)?.shortcut ?? ''))
      .catch(() => setShortcut(''));
  }, [command]);
  return shortcut;
}
