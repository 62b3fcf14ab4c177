/**
 * Numbers as pabulib writes them. Money is compared exactly: costs such as `75000.0` or `0.1`
 * are turned into integers of a common scale (`toScaledInteger`), so that "does it fit in what
 * is left of the budget" never depends on binary floating point.
 */

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const NON_NEGATIVE_DECIMAL = /^\+?\d+(\.\d+)?$/;

/** A plain decimal (`12`, `-3`, `75000.0`), surrounding spaces allowed; no exponent, no comma. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : undefined;
}

export function isNonNegativeDecimal(text: string): boolean {
  return NON_NEGATIVE_DECIMAL.test(text.trim());
}

/** Digits after the decimal point (`75000.0` → 1). */
export function decimalScale(text: string): number {
  const dot = text.trim().indexOf('.');
  return dot < 0 ? 0 : text.trim().length - dot - 1;
}

/** `text` × 10^scale as an exact integer; `scale` must be ≥ `decimalScale(text)`. */
export function toScaledInteger(text: string, scale: number): bigint {
  const trimmed = text.trim().replace(/^\+/, '');
  const negative = trimmed.startsWith('-');
  const unsigned = negative ? trimmed.slice(1) : trimmed;
  const [whole = '0', fraction = ''] = unsigned.split('.');
  const digits = BigInt(whole + fraction.padEnd(scale, '0'));
  return negative ? -digits : digits;
}

/** Euro cents as the shortest exact decimal of euros: 1234500 → `12345`, 1234550 → `12345.5`. */
export function centsToEuros(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = cents % 100;
  if (rest === 0) return String(euros);
  const fraction = String(rest).padStart(2, '0').replace(/0$/, '');
  return `${euros}.${fraction}`;
}
