import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('dpa-required', {
  valid: [
    { name: 'its own dpa', code: inventory() },
    { name: 'inherited from defaults', code: inventory({ defaults: '  dpa: { type: terms-of-service }', entries: [entry({ dpa: undefined })] }) },
    { name: 'switched off by a policy', code: inventory({ entries: [entry({ dpa: undefined })] }), policy: { rules: { 'dpa-required': 'off' } } },
  ],
  invalid: [
    { name: 'no dpa at all: the entry\'s id key', code: inventory({ entries: [entry({ dpa: undefined })] }), findings: [{ text: 'id', severity: 'error', message: /`acme` has no DPA.*`dpa: \{ type: dpa \}`/ }] },
    { name: 're-levelled to warning', code: inventory({ entries: [entry({ dpa: undefined })] }), policy: { rules: { 'dpa-required': 'warning' } }, findings: [{ text: 'id', severity: 'warning' }] },
  ],
});
