// Runs in a key-value store (browser.storage.local in the extension). A run is meta + chunks, and
// after each event only the chunks the event changed are written, in one `set` with the meta, so a
// 100,000-target run stays small and fast. Operations on one store run one after another, and the
// store keeps loaded runs in memory: it assumes it is the only writer of its keys.
import { metaOf, stateOf, decodeBatch, decodeTargets, encodeBatch, encodeInputs, encodeProgress } from './codec';
import type { EncodedBatch, EncodedInputs, EncodedProgress, RunMeta } from './codec';
import { reduce } from './reducer';
import type { ReduceResult, RunEvent, RunState } from './types';

export type KeyValueStore = {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
};

export type RunStore = { readonly kv: KeyValueStore; readonly cache: Map<string, RunState>; tail: Promise<unknown> };

export type RunSummary = Pick<RunState, 'id' | 'product' | 'mode' | 'status' | 'createdAt' | 'updatedAt'> & {
  total: number;
};

/** Run id -> creation time, for listing and retention. */
export const RUN_INDEX_KEY = 'runIndex';
const metaKey = (id: string) => `run:${id}`;
const inputKey = (id: string, k: number) => `run:${id}:i${k}`;
const progressKey = (id: string, k: number) => `run:${id}:p${k}`;
const batchKey = (id: string, k: number) => `run:${id}:b${k}`;
const DAY_MS = 86_400_000;

export function createRunStore(kv: KeyValueStore): RunStore {
  return { kv, cache: new Map(), tail: Promise.resolve() };
}

function serial<T>(store: RunStore, op: () => Promise<T>): Promise<T> {
  const result = store.tail.then(op, op);
  store.tail = result.catch(() => undefined);
  return result;
}

export function saveRun(store: RunStore, s: RunState): Promise<void> {
  return serial(store, async () => {
    const index = await readIndex(store);
    const items: Record<string, unknown> = {
      [metaKey(s.id)]: metaOf(s),
      [RUN_INDEX_KEY]: { ...index, [s.id]: s.createdAt },
    };
    s.targets.chunks.forEach((chunk, k) => {
      items[inputKey(s.id, k)] = encodeInputs(chunk);
      items[progressKey(s.id, k)] = encodeProgress(chunk, s.createdAt);
    });
    s.batches.chunks.forEach((chunk, k) => (items[batchKey(s.id, k)] = chunk.map((b) => encodeBatch(b, s.createdAt))));
    await store.kv.set(items);
    store.cache.set(s.id, s);
  });
}

export function loadRun(store: RunStore, id: string): Promise<RunState | undefined> {
  return serial(store, () => load(store, id));
}

/** Applies one event and writes what it changed; undefined when there is no such run. */
export function applyAndSave(store: RunStore, id: string, event: RunEvent): Promise<ReduceResult | undefined> {
  return serial(store, async () => {
    const prev = await load(store, id);
    if (!prev) return undefined;
    const result = reduce(prev, event);
    if (result.rejected) return result;
    const next = result.state;
    const items: Record<string, unknown> = { [metaKey(id)]: metaOf(next) };
    next.targets.chunks.forEach((chunk, k) => {
      if (chunk !== prev.targets.chunks[k]) items[progressKey(id, k)] = encodeProgress(chunk, next.createdAt);
    });
    next.batches.chunks.forEach((chunk, k) => {
      if (chunk !== prev.batches.chunks[k]) items[batchKey(id, k)] = chunk.map((b) => encodeBatch(b, next.createdAt));
    });
    await store.kv.set(items);
    store.cache.set(id, next);
    return result;
  });
}

export function listRuns(store: RunStore): Promise<RunSummary[]> {
  return serial(store, async () => {
    const metas = await readMetas(store);
    return metas
      .map((m): RunSummary => {
        const { id, product, mode, status, createdAt, updatedAt } = m;
        return { id, product, mode, status, createdAt, updatedAt, total: m.n };
      })
      .sort((a, b) => b.createdAt - a.createdAt);
  });
}

export function deleteRun(store: RunStore, id: string): Promise<void> {
  return serial(store, () => remove(store, [id]));
}

/** Deletes runs not touched for `days` days; returns their ids. */
export function deleteRunsOlderThan(store: RunStore, days: number, now: number): Promise<string[]> {
  return serial(store, async () => {
    const old = (await readMetas(store)).filter((m) => m.updatedAt < now - days * DAY_MS).map((m) => m.id);
    if (old.length) await remove(store, old);
    return old;
  });
}

async function load(store: RunStore, id: string): Promise<RunState | undefined> {
  const cached = store.cache.get(id);
  if (cached) return cached;
  const meta = (await store.kv.get([metaKey(id)]))[metaKey(id)] as RunMeta | undefined;
  if (!meta) return undefined;
  if (meta.v !== 1) throw new Error(`runVersion:${String(meta.v)}`);
  const tChunks = Math.ceil(meta.n / meta.per);
  const bChunks = Math.ceil(meta.bn / meta.bper);
  const keys = [
    ...range(tChunks).flatMap((k) => [inputKey(id, k), progressKey(id, k)]),
    ...range(bChunks).map((k) => batchKey(id, k)),
  ];
  const got = await store.kv.get(keys);
  const targets = range(tChunks).map((k) =>
    decodeTargets(got[inputKey(id, k)] as EncodedInputs, got[progressKey(id, k)] as EncodedProgress, meta.createdAt),
  );
  const batches = range(bChunks).map((k) =>
    (got[batchKey(id, k)] as EncodedBatch[]).map((b) => decodeBatch(b, meta.createdAt)),
  );
  const state = stateOf(meta, targets, batches);
  store.cache.set(id, state);
  return state;
}

async function remove(store: RunStore, ids: string[]): Promise<void> {
  const metas = await store.kv.get(ids.map(metaKey));
  const keys: string[] = [];
  for (const id of ids) {
    const meta = metas[metaKey(id)] as RunMeta | undefined;
    keys.push(metaKey(id));
    if (!meta) continue;
    for (const k of range(Math.ceil(meta.n / meta.per))) keys.push(inputKey(id, k), progressKey(id, k));
    for (const k of range(Math.ceil(meta.bn / meta.bper))) keys.push(batchKey(id, k));
  }
  const index = await readIndex(store);
  for (const id of ids) {
    delete index[id];
    store.cache.delete(id);
  }
  await store.kv.remove(keys);
  await store.kv.set({ [RUN_INDEX_KEY]: index });
}

async function readIndex(store: RunStore): Promise<Record<string, number>> {
  const index = (await store.kv.get([RUN_INDEX_KEY]))[RUN_INDEX_KEY];
  return index && typeof index === 'object' ? { ...(index as Record<string, number>) } : {};
}

async function readMetas(store: RunStore): Promise<RunMeta[]> {
  const ids = Object.keys(await readIndex(store));
  const got = await store.kv.get(ids.map(metaKey));
  return ids.map((id) => got[metaKey(id)] as RunMeta | undefined).filter((m): m is RunMeta => m !== undefined);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, k) => k);
}
