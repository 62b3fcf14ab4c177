const ZERO = 48;
const NINE = 57;
/** Integer ids up to this are marked in a bit set (2^26 bits: 8 MB at most). */
const BIT_LIMIT = 1 << 26;

/**
 * The voter ids seen so far, to refuse a voter voting twice. Pabulib's voter ids are mostly
 * integers (`262828`): those are marked in a bit set, which costs neither a string hash nor a
 * set entry per voter (the hashing was the slowest part of the former parser); other ids go to
 * a `Set`. An id is an integer here only when written without leading zeros, so that two
 * different strings never meet in the same bit.
 */
export class VoterIds {
  #bits = new Uint32Array(1024);
  readonly #others = new Set<string>();

  /** False when `id` was already added. */
  add(id: string): boolean {
    const n = smallInteger(id);
    if (n < 0) {
      if (this.#others.has(id)) return false;
      this.#others.add(id);
      return true;
    }
    const word = n >>> 5;
    if (word >= this.#bits.length) this.#grow(word);
    const mask = 1 << (n & 31);
    const bits = this.#bits;
    if ((bits[word] as number) & mask) return false;
    bits[word] = (bits[word] as number) | mask;
    return true;
  }

  #grow(word: number): void {
    let length = this.#bits.length;
    while (length <= word) length *= 2;
    const bits = new Uint32Array(length);
    bits.set(this.#bits);
    this.#bits = bits;
  }
}

function smallInteger(id: string): number {
  const length = id.length;
  if (length > 8 || (length > 1 && id.charCodeAt(0) === ZERO)) return -1;
  let value = 0;
  for (let k = 0; k < length; k++) {
    const c = id.charCodeAt(k);
    if (c < ZERO || c > NINE) return -1;
    value = value * 10 + (c - ZERO);
  }
  return value < BIT_LIMIT ? value : -1;
}
