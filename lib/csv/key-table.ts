// The first target of each key, found as targets are read. An open-addressing table over a typed
// array with a 32-bit FNV-1a hash of the key: on files of 200,000 rows a Map of freshly parsed
// strings is the most expensive step of reading, and this costs a fraction of it and allocates
// nothing per entry. Each slot holds [index of the first target, hash], side by side, so a probe
// reads one cache line. Slots point into the list of targets being read.
import type { Target } from './types';

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Slots hold index + 1, so a fresh (zeroed) array is all empty without filling it. */
function emptySlots(count: number): Int32Array {
  return new Int32Array(count * 2);
}

export class KeyTable {
  private slots = emptySlots(4096);
  private mask = 4095;
  private count = 0;

  /** `targets` is the list being read; the table keeps positions in it, not targets. */
  constructor(private readonly targets: Target[]) {}

  /**
   * The first target with the same key as `targets[index]`; undefined when that one is the first
   * (and is remembered).
   */
  firstOrAdd(index: number): Target | undefined {
    const key = this.targets[index]!.key;
    const hash = fnv1a(key);
    const slots = this.slots;
    let slot = hash & this.mask;
    for (;;) {
      const taken = slots[slot * 2]!;
      if (taken === 0) break;
      if (slots[slot * 2 + 1] === hash && this.targets[taken - 1]!.key === key) return this.targets[taken - 1];
      slot = (slot + 1) & this.mask;
    }
    slots[slot * 2] = index + 1;
    slots[slot * 2 + 1] = hash;
    // Kept at most half full, so a search ends after a step or two.
    if (++this.count * 2 > this.mask) this.grow();
    return undefined;
  }

  private grow(): void {
    const old = this.slots;
    const count = (this.mask + 1) * 2;
    const slots = emptySlots(count);
    const mask = count - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s] === 0) continue;
      let slot = old[s + 1]! & mask;
      while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = old[s]!;
      slots[slot * 2 + 1] = old[s + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
