/** Version of this package; `BcElement.define()` compares it when a tag is already taken. */
export const VERSION = '0.1.0';
