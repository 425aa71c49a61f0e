/**
 * The languages the product speaks: declared once, here. It imports nothing, so every layer may import it,
 * `protocol.ts` (and through it the client) included; the server's layers take it from `knowledge`, which
 * re-exports it with the words of each language (`knowledge/lang.ts`).
 */
export const LANGS = ['en', 'fr'] as const;

export type Lang = (typeof LANGS)[number];
