/** Hostile YAML inputs shared by the engine and the LSP hostile-input tests. */
export const HOSTILE = {
  /** "Billion laughs": nine levels of ten aliases each expand to 10^9 strings. */
  billionLaughs(): string {
    let s = 'inventory:\n  organization: x\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i < 10; i++)
      s += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    return s;
  },
  nestedFlowSequences: (n = 10_000) => `subprocessors: ${'['.repeat(n)}${']'.repeat(n)}\n`,
  unclosedFlowSequences: (n = 10_000) => `subprocessors: ${'['.repeat(n)}\n`,
  nestedFlowMappings: (n = 10_000) => `subprocessors: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`,
  nestedBlockMappings(n = 2_000): string {
    const parts = ['subprocessors:\n  - id: a\n    notes:\n'];
    for (let i = 0; i < n; i++) parts.push(`${' '.repeat(6 + i)}k:\n`);
    return parts.join('');
  },
  nestedBlockSequencesOnOneLine: (n = 100_000) => `subprocessors:\n  - ${'- '.repeat(n)}x\n`,
  /** One line of about 10 MB (under the default 10 MiB size limit). */
  tenMegabyteLine: () => `inventory:\n  organization: ${'x'.repeat(10_000_000)}\n`,
  duplicateKeys(n = 5_000): string {
    const parts = ['inventory:\n  organization: A\n  contact: a@example.com\n  lastUpdated: 2025-01-01\nsubprocessors:\n  - id: a\n'];
    for (let i = 0; i < n; i++) parts.push('    name: A\n');
    return parts.join('');
  },
};
