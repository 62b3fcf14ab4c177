/**
 * Registration codes as the committee types or pastes them at a comptoir's door: one per line,
 * or separated by commas, semicolons or spaces, in any case. Pure: Node tests drive it.
 */

/** What the API takes in one request (`AttendanceRequest`). */
export const MAX_CODES = 1000;
export const MAX_CODE_LENGTH = 64;

/** Codes in upper case, each once, in the order typed; empty pieces dropped. */
export function parseCodes(text: string): string[] {
  const codes = new Set<string>();
  for (const piece of text.split(/[\s,;]+/)) {
    const code = piece.trim().toUpperCase();
    if (code) codes.add(code);
  }
  return [...codes];
}

/** `typed` then `checked` (the rows ticked), each code once whatever its case. */
export function mergeCodes(typed: readonly string[], checked: readonly string[]): string[] {
  return [...new Set([...typed, ...checked].map((code) => code.toUpperCase()))];
}
