/**
 * Finding who voted twice among a million and a half ballots, fast. A `Map` keyed by every
 * identity costs over a second at that size (each insertion misses the CPU cache), so the work is
 * split: the caller hashes each identity to a slot of a bit set as it walks its ballots; here,
 * slots hit twice are marked, then only the ballots in those slots (true repeats plus a few hash
 * neighbours) are grouped by their exact identity. The answer is exact whatever the hash does:
 * an adversary who forces collisions makes this slower, never wrong.
 */

/** A power of two, ~16 bits per ballot: few false repeats (~n²/2³³ pairs), and a few MB at most. */
export function slotCount(ballots: number): number {
  let bits = 1024;
  while (bits < ballots * 16 && bits < 2 ** 30) bits *= 2;
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
 * The identities that appear more than once, each with the positions of all its ballots.
 * `slots[i]` is ballot i's slot (its hash masked to `slotCount`); `identityAt` is called only for
 * ballots in a crowded slot.
 */
export function repeatedIdentities<Identity>(
  slots: Uint32Array,
  bits: number,
  identityAt: (index: number) => Identity,
): Map<Identity, number[]> {
  const seen = new Int32Array(bits >>> 5);
  const crowded = new Int32Array(bits >>> 5);
  let anyCrowded = false;
  for (let index = 0; index < slots.length; index++) {
    const slot = slots[index]!;
    const word = slot >>> 5;
    const bit = 1 << (slot & 31);
    if ((seen[word]! & bit) === 0) seen[word]! |= bit;
    else {
      crowded[word]! |= bit;
      anyCrowded = true;
    }
  }
  const groups = new Map<Identity, number[]>();
  if (!anyCrowded) return groups;
  for (let index = 0; index < slots.length; index++) {
    const slot = slots[index]!;
    if ((crowded[slot >>> 5]! & (1 << (slot & 31))) === 0) continue;
    const identity = identityAt(index);
    const group = groups.get(identity);
    if (group) group.push(index);
    else groups.set(identity, [index]);
  }
  for (const [identity, group] of groups) if (group.length < 2) groups.delete(identity);
  return groups;
}
