// ESLint over every TypeScript source: the product (server/, client/), its tests and the benchmark.
// Formatting is Prettier's (.prettierrc.json), checked by `npm run lint` too; eslint-config-prettier
// turns off the stylistic rules that would disagree with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.e2e/**', 'bench/results/**', 'test/fixtures/**', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    rules: {
      // Unused names are compile errors already (tsconfig noUnusedLocals); `_name` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
      // Prettier wraps code at 140; prose in strings (messages, knowledge texts) may run longer.
      'max-len': [
        'error',
        { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreComments: false },
      ],
    },
  },
  {
    // Escaping and its attack tests name control characters on purpose.
    files: ['server/src/engine/escape.ts', 'test/security/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The CLI, the bench and the tests print on purpose.
    files: ['server/src/cli/**', 'bench/**', 'test/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
