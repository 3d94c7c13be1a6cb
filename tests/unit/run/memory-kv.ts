// An in-memory key-value store that keeps JSON text, as browser.storage.local keeps serialized
// values, and counts the bytes each `set` writes (key + JSON, as the storage quota counts them).
import type { KeyValueStore } from '../../../lib/run/store';

/** `writes`: bytes per `set`; `writtenKeys`: the keys of each `set`. */
export type MemoryKv = KeyValueStore & {
  data: Map<string, string>;
  writes: number[];
  writtenKeys: string[][];
  storedBytes(): number;
};

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export function memoryKv(): MemoryKv {
  const data = new Map<string, string>();
  const writes: number[] = [];
  const writtenKeys: string[][] = [];
  return {
    data,
    writes,
    writtenKeys,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        const v = data.get(k);
        if (v !== undefined) out[k] = JSON.parse(v);
      }
      return out;
    },
    async set(items) {
      let n = 0;
      for (const [k, v] of Object.entries(items)) {
        const json = JSON.stringify(v);
        data.set(k, json);
        n += bytes(k) + bytes(json);
      }
      writes.push(n);
      writtenKeys.push(Object.keys(items).sort());
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
    storedBytes() {
      let n = 0;
      for (const [k, v] of data) n += bytes(k) + bytes(v);
      return n;
    },
  };
}
