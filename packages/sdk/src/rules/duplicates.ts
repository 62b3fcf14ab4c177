/**
 * Finding who voted twice among a million and a half ballots, fast. A `Map` keyed by every
 * identity costs over a second at that size (each insertion misses the CPU cache), so the work is
 * split: the caller hashes each identity to a slot of a bit set as it walks its ballots; here,
 * slots hit twice are marked, then only the ballots in those slots (true repeats plus a few hash
 * neighbours) are grouped by their exact identity. The answer is exact whatever the hash does:
 * an adversary who forces collisions makes this slower, never wrong.
 */

/**
 * A power of two, ~64 bits per ballot: few false repeats (~n²/(2·bits) pairs: 8,000 for 1.46
 * million ballots, each one more `Map` entry to check). Only `bits / 64` of them are ever held
 * at once (see `repeatedIdentities`), so many cost little memory.
 */
export function slotCount(ballots: number): number {
  let bits = 1 << 16;
  while (bits < ballots * 64 && bits < 2 ** 30) bits *= 2;
  return bits;
}

/** FNV-1a, then MurmurHash3's finaliser so that every bit of the slot depends on every character. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return mix(hash);
}

/** MurmurHash3's finaliser: spreads integer identities over the slots. */
export function hashNumber(value: number): number {
  return mix(value | 0);
}

function mix(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * The slots are handled in this many groups by their high bits, so that each group's two bit
 * sets (`bits / 64` bits each: 64 KB for 1.46 million ballots) stay in the CPU cache. Marking
 * 1.46 million random bits straight into 4 MB sets missed the cache at nearly every ballot and
 * took ~200 ms, half of `tally`; grouped first (two sequential passes), ~40 ms.
 */
const GROUP_BITS = 6;

/**
 * The identities that appear more than once, each with the positions of all its ballots in
 * increasing order, in order of their first ballot. `slots[i]` is ballot i's slot (its hash
 * masked to `slotCount`); `identityAt` is called only for ballots in a crowded slot.
 */
export function repeatedIdentities<Identity>(
  slots: Uint32Array,
  bits: number,
  identityAt: (index: number) => Identity,
): Map<Identity, number[]> {
  const count = slots.length;
  const groupCount = 1 << GROUP_BITS;
  const shift = Math.log2(bits) - GROUP_BITS;
  const localMask = (1 << shift) - 1;

  // A stable counting sort of the ballots by group: their indices, and their slots beside them
  // so that each group is then read sequentially.
  const starts = new Uint32Array(groupCount + 1);
  for (let index = 0; index < count; index++) starts[(slots[index]! >>> shift) + 1]!++;
  for (let group = 0; group < groupCount; group++) starts[group + 1]! += starts[group]!;
  const next = starts.slice(0, groupCount);
  const order = new Uint32Array(count);
  const sorted = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    const slot = slots[index]!;
    const at = next[slot >>> shift]!++;
    order[at] = index;
    sorted[at] = slot & localMask;
  }

  const seen = new Int32Array(Math.max(1, (localMask + 1) >>> 5));
  const crowded = new Int32Array(seen.length);
  const repeats: number[] = [];
  for (let group = 0; group < groupCount; group++) {
    const from = starts[group]!;
    const to = starts[group + 1]!;
    seen.fill(0);
    crowded.fill(0);
    let anyCrowded = false;
    for (let at = from; at < to; at++) {
      const slot = sorted[at]!;
      const word = slot >>> 5;
      const bit = 1 << (slot & 31);
      if ((seen[word]! & bit) === 0) seen[word]! |= bit;
      else {
        crowded[word]! |= bit;
        anyCrowded = true;
      }
    }
    if (!anyCrowded) continue;
    for (let at = from; at < to; at++) {
      const slot = sorted[at]!;
      if ((crowded[slot >>> 5]! & (1 << (slot & 31))) !== 0) repeats.push(order[at]!);
    }
  }

  // Few ballots: true repeats and a few hash neighbours. Ballots that share a slot are compared
  // by exact identity, slot by slot: a `Map` of all of them spent ~30 ms hashing strings again.
  const slotOf = (index: number) => slots[index]!;
  repeats.sort((a, b) => slotOf(a) - slotOf(b) || a - b);
  const found: number[][] = [];
  for (let from = 0; from < repeats.length; ) {
    let to = from + 1;
    while (to < repeats.length && slotOf(repeats[to]!) === slotOf(repeats[from]!)) to++;
    groupByIdentity(repeats.slice(from, to), identityAt, found);
    from = to;
  }
  found.sort((a, b) => a[0]! - b[0]!);
  return new Map(found.map((group) => [identityAt(group[0]!), group]));
}

/**
 * Adds to `found` the groups of two or more `indices` (in increasing order) that share an
 * identity. A slot holds two or three ballots, so pairs are compared; a crowded one (an
 * adversary's collisions) goes through a `Map`, so that it costs linear time, not quadratic.
 */
function groupByIdentity<Identity>(indices: number[], identityAt: (index: number) => Identity, found: number[][]): void {
  if (indices.length > 16) {
    const byIdentity = new Map<Identity, number[]>();
    for (const index of indices) {
      const identity = identityAt(index);
      const group = byIdentity.get(identity);
      if (group) group.push(index);
      else byIdentity.set(identity, [index]);
    }
    for (const group of byIdentity.values()) if (group.length > 1) found.push(group);
    return;
  }
  const identities = indices.map(identityAt);
  const taken = new Array<boolean>(indices.length).fill(false);
  for (let i = 0; i < indices.length; i++) {
    if (taken[i]) continue;
    let group: number[] | undefined;
    for (let j = i + 1; j < indices.length; j++) {
      if (taken[j] || identities[j] !== identities[i]) continue;
      (group ??= [indices[i]!]).push(indices[j]!);
      taken[j] = true;
    }
    if (group) found.push(group);
  }
}
