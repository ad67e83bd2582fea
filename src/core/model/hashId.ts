// A small, pure, deterministic hash for ids derived from content (a CSV row without an id). FNV-1a over the UTF-8
// bytes, 64-bit so that 100,000 rows are very unlikely to collide (32 bits would collide more often than not).
// Computed in two 32-bit halves of plain numbers, which every JavaScript engine does fast, without BigInt.

const OFFSET_HIGH = 0xcbf29ce4
const OFFSET_LOW = 0x84222325
/** The 64-bit FNV prime is 2^40 + 0x1b3. */
const PRIME_LOW = 0x1b3

/** The FNV-1a 64-bit hash of `text`, as 16 lower-case hex digits. */
export function hashId(text: string): string {
  let high = OFFSET_HIGH
  let low = OFFSET_LOW
  for (const byte of new TextEncoder().encode(text)) {
    low ^= byte
    // (high·2^32 + low) · (2^40 + 0x1b3) mod 2^64, keeping every partial product below 2^53.
    const lowProduct = (low >>> 0) * PRIME_LOW
    const carry = Math.floor(lowProduct / 0x1_0000_0000)
    high = (high * PRIME_LOW + carry + ((low << 8) >>> 0)) >>> 0
    low = lowProduct >>> 0
  }
  return hex(high) + hex(low)
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0')
}
