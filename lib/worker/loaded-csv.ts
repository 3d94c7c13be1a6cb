// The background's hold on the loaded spreadsheet: stored as bytes, parsed once per service-worker
// life (a restarted worker parses again from storage), summarized for the popup.
import { getCatalog } from '../catalog';
import { parseCsv } from '../csv';
import type { ParseCsvResult } from '../csv/types';
import { summarizeCsv, type CsvSummary } from './csv-summary';
import { loadedCsvItem, type StoredCsv } from '../storage';

type Parsed = { stored: StoredCsv; result: ParseCsvResult; summary: CsvSummary };
let cache: Parsed | undefined;

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function parse(stored: StoredCsv): Parsed {
  const result = parseCsv(base64ToBytes(stored.base64), { ...stored.overrides, catalog: getCatalog() });
  return { stored, result, summary: summarizeCsv(stored.fileName, stored.loadedAt, result) };
}

export async function loadCsv(
  fileName: string,
  base64: string,
  overrides: Record<string, unknown>,
): Promise<CsvSummary> {
  const stored: StoredCsv = { fileName, base64, overrides, loadedAt: new Date().toISOString(), guestsConfirmed: false };
  cache = parse(stored);
  await loadedCsvItem.setValue(stored);
  return cache.summary;
}

export async function currentCsv(): Promise<Parsed | undefined> {
  const stored = await loadedCsvItem.getValue();
  if (!stored) return (cache = undefined);
  if (!cache || cache.stored.loadedAt !== stored.loadedAt || cache.stored.guestsConfirmed !== stored.guestsConfirmed) {
    cache = cache?.stored.loadedAt === stored.loadedAt ? { ...cache, stored } : parse(stored);
  }
  return cache;
}

export async function confirmGuests(confirmed: boolean): Promise<boolean> {
  const stored = await loadedCsvItem.getValue();
  if (!stored) return false;
  await loadedCsvItem.setValue({ ...stored, guestsConfirmed: confirmed });
  return confirmed;
}

export async function clearCsv(): Promise<void> {
  cache = undefined;
  await loadedCsvItem.setValue(null);
}

export async function setOverrides(overrides: Record<string, unknown>): Promise<CsvSummary | null> {
  const stored = await loadedCsvItem.getValue();
  if (!stored) return null;
  const next = { ...stored, overrides, loadedAt: new Date().toISOString() };
  cache = parse(next);
  await loadedCsvItem.setValue(next);
  return cache.summary;
}
