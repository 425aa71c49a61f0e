/**
 * Rules whose finding on an imported file would state a fact the page did not give ("has no DPA", "signs in
 * without MFA"), or show that the import wrote a file the schema refuses. An import's `check` has none of them.
 */
export const INVENTING_RULES = [
  'dpa-required',
  'admin-mfa-required',
  'service-auth-missing',
  'placeholder-value',
  'missing-field',
  'invalid-value',
  'unknown-field',
  'yaml-syntax',
];
