// Byte builders for test files: the encodings Excel and other tools really write.
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export const utf8Bom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

/** Windows-1252 for the Latin-1 range (é ü ß and friends are the same code points there). */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in the test encoder: ${c}`);
      return code;
    }),
  );
}

export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (endian === 'le') out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}

/** Deterministic pseudo-random bytes (a test must fail the same way twice). */
export function noise(length: number, seed: number): Uint8Array {
  let x = seed >>> 0 || 1;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * A zip archive's first local file headers (stored, no compression): what tells one workbook format
 * from another at the start of the file. Enough for sniffing; not a complete archive.
 */
export function zipStart(entries: [name: string, content: string][]): Uint8Array {
  const out: number[] = [];
  const u16 = (n: number) => out.push(n & 0xff, (n >> 8) & 0xff);
  const u32 = (n: number) => (u16(n & 0xffff), u16(n >>> 16));
  for (const [name, content] of entries) {
    const nameBytes = utf8(name);
    const data = utf8(content);
    u32(0x04034b50);
    u16(20); // version needed
    u16(0); // flags
    u16(0); // stored
    u16(0); // time
    u16(0); // date
    u32(0); // crc (not checked by sniffing)
    u32(data.length);
    u32(data.length);
    u16(nameBytes.length);
    u16(0);
    out.push(...nameBytes, ...data);
  }
  return Uint8Array.from(out);
}

export function utf32le(text: string, bom: boolean): Uint8Array {
  const out: number[] = bom ? [0xff, 0xfe, 0, 0] : [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    out.push(code & 0xff, (code >> 8) & 0xff, (code >> 16) & 0xff, 0);
  }
  return Uint8Array.from(out);
}
