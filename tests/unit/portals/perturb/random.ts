// A small seeded generator (mulberry32): the same seed rewrites a page the same way on every run,
// so a failing variant can be replayed.
export type Random = () => number;

export function random(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A made-up class name in the shape of a CSS-in-JS hash (`___1x2y3z4`, `f1abcde`). */
export function hashedClass(next: Random, prefix = 'f'): string {
  return `${prefix}${Math.floor(next() * 2 ** 32).toString(36)}`;
}
