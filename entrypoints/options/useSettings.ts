import { useCallback, useEffect, useState } from 'preact/hooks';
import { settingsItem } from '../../lib/storage';
import { normalizeSettings, type Settings } from '../../lib/settings/settings';

/** The stored settings, kept current (another window may change them), and a save that normalizes. */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | undefined>();

  useEffect(() => {
    void settingsItem.getValue().then((value) => setSettings(normalizeSettings(value)));
    // Cleared storage ("Delete all data now") comes back as defaults.
    return settingsItem.watch((value) => setSettings(normalizeSettings(value)));
  }, []);

  const save = useCallback(
    async (patch: Partial<Settings>) => {
      const next = normalizeSettings({ ...settings, ...patch });
      setSettings(next);
      await settingsItem.setValue(next);
    },
    [settings],
  );

  return { settings, save };
}
