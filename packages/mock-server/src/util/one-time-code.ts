/**
 * One-time codes typed from an e-mail (the voter's verification code): digits only, drawn from
 * the platform's CSPRNG, never from the seeded generator of the demo data (a seed would make
 * every server started with it send the same codes).
 */

/** Fills `buffer` with secure random values: `crypto.getRandomValues`, or a test's own source. */
export type RandomSource = (buffer: Uint32Array<ArrayBuffer>) => unknown;

const secure: RandomSource = (buffer) => globalThis.crypto.getRandomValues(buffer);

/**
 * `digits` digits (1–9), every value equally likely (`000000`…`999999` for 6). A 32-bit draw at
 * or above the largest multiple of 10^digits is drawn again: `% 10^digits` would otherwise
 * favour the low codes.
 */
export function oneTimeCode(digits = 6, random: RandomSource = secure): string {
  const range = 10 ** digits;
  const limit = Math.floor(2 ** 32 / range) * range;
  const draw = new Uint32Array(1);
  do random(draw);
  while (draw[0]! >= limit);
  return String(draw[0]! % range).padStart(digits, '0');
}
