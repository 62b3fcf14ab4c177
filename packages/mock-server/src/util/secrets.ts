/**
 * Every secret the mock hands out at run time comes from here: tokens, codes people type
 * (registration codes, receipts), and the ids of records created through the API (a predictable
 * dossier id plus a predictable receipt would read back someone else's dossier). They are drawn
 * from the platform's CSPRNG, never from the seed's generator (`Random`): the seed is public, so
 * anything it draws can be predicted, and two mocks started with the same seed must still hand
 * out different secrets. The seed's own demo data stays deterministic (see `seed/seed.ts`).
 *
 * The source is injectable, so that a test or a replay of recorded commands can supply the bytes.
 */

/** Where the random bytes come from. */
export interface SecretSource {
  /** Fills `bytes` with random bytes, as `crypto.getRandomValues` does. */
  fill(bytes: Uint8Array<ArrayBuffer>): void;
}

/** The platform's CSPRNG (Node ≥ 20 and browsers: `globalThis.crypto`). */
export const cryptoSecretSource: SecretSource = {
  fill: (bytes) => void globalThis.crypto.getRandomValues(bytes),
};

/** Crockford's base 32: no I, L, O, U, so codes read aloud and typed by hand survive. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Characters of Crockford base 32 in a secret code or id: 12 × 5 bits = 60 bits, the contract's
 * floor. Codes are grouped by four for people (`C-7KQM-3XP2-9FHD`).
 */
export const SECRET_CHARS = 12;

export class Secrets {
  readonly #source: SecretSource;

  constructor(source: SecretSource = cryptoSecretSource) {
    this.#source = source;
  }

  #bytes(length: number): Uint8Array {
    const bytes = new Uint8Array(length);
    this.#source.fill(bytes);
    return bytes;
  }

  /** `length` characters of Crockford base 32, 5 bits each (32 divides 256: no bias). */
  chars(length: number): string {
    let s = '';
    for (const byte of this.#bytes(length)) s += CROCKFORD[byte & 31];
    return s;
  }

  /** `bytes` random bytes in hexadecimal: bearer tokens, which nobody types. */
  hex(bytes: number): string {
    let s = '';
    for (const byte of this.#bytes(bytes)) s += byte.toString(16).padStart(2, '0');
    return s;
  }

  /** `count` decimal digits, each uniform (bytes ≥ 250 are drawn again): a one-time code sent by e-mail. */
  digits(count: number): string {
    let s = '';
    while (s.length < count) {
      for (const byte of this.#bytes(count - s.length)) if (byte < 250) s += String(byte % 10);
    }
    return s;
  }
}
