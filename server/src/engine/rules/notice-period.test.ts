import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (since: string, top = '  noticeDays: 30') => inventory({ top, entries: [entry({ since })] });

ruleTester('notice-period', {
  valid: [
    { name: 'starts after the notice period', code: at('2027-01-05') },
    { name: 'started in the past', code: at('2026-01-05') },
    { name: 'no notice promised', code: at('2026-12-01', '  title: Vendors') },
  ],
  invalid: [
    {
      name: 'starts in five days with 30 days promised',
      code: at('2026-12-01'),
      findings: [
        { text: '2026-12-01', severity: 'warning', message: /starts on 2026-12-01, fewer than the 30 days of notice.*2026-12-26 or later/ },
      ],
    },
  ],
});
