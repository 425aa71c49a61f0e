/**
 * The text of a new inventory ("Create Inventory"): the inventory's own facts as `unknown` (the checks ask
 * for each one; the page says "Not stated"), and an empty list that "New Sub-processor" fills. Nothing in it
 * is a fact the user did not write.
 */
export function starterInventory(eol = '\n'): string {
  return [
    '# The third parties that process personal data on your behalf, as the published page will list them.',
    '# A fact you do not know yet stays `unknown`: the checks ask for it, and the page says "Not stated".',
    'inventory:',
    '  organization: unknown',
    '  contact: unknown',
    '  lastUpdated: unknown',
    '# To publish selection criteria, adopt a policy: `policy: builtin`, or the path of your subprocessor-policy.yaml.',
    'subprocessors:',
    '',
  ].join(eol);
}
