import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (top: string | undefined, more: Record<string, string>) =>
  inventory({ top, entries: [entry({ personalData: '{ level: yes, categories: [contact, health] }', ...more })] });

ruleTester('special-category-data', {
  valid: [
    { name: 'an HDS-certified host', code: at('  establishment: FR', { certifications: '[iso27001, hds]' }) },
    { name: 'an organisation established outside France', code: at('  establishment: DE', {}) },
    { name: 'establishment not said', code: at(undefined, {}) },
    { name: 'no health data', code: at('  establishment: FR', { personalData: '{ level: yes, categories: [contact] }' }) },
    { name: 'certifications not known yet', code: at('  establishment: FR', { certifications: 'unknown' }) },
  ],
  invalid: [
    {
      name: 'health data for an organisation established in France without hds',
      code: at('  establishment: FR', {}),
      findings: [{ text: 'health', severity: 'warning', message: /HDS-certified host \(Code de la santé publique, art\. L\.1111-8\)/ }],
    },
  ],
});
