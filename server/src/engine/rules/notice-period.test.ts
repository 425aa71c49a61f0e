import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

// Today is 2026-11-26 in rule tests.
const at = (since: string, top = '  noticeDays: 30', noticeSent?: string) => inventory({ top, entries: [entry({ since, noticeSent })] });

ruleTester('notice-period', {
  valid: [
    { name: 'starts after the notice period, counted from the notice sent', code: at('2027-01-05', undefined, '2026-11-20') },
    { name: 'starts the very day the notice period has run', code: at('2026-12-20', undefined, '2026-11-20') },
    { name: 'started long ago (before notices were recorded): not judged', code: at('2026-01-05') },
    { name: 'no notice promised', code: at('2026-12-01', '  title: Vendors') },
    { name: 'notice sent long ago, started after the notice period', code: at('2026-10-01', undefined, '2026-08-01') },
  ],
  invalid: [
    {
      name: 'starts in five days with 30 days promised, and no notice recorded',
      code: at('2026-12-01'),
      findings: [
        {
          messageFr:
            '`acme` commence le 1er décembre 2026, moins de 30 jours après aujourd’hui alors que vous promettez ce préavis, et aucune information n’est consignée : vos clients doivent être informés de tout nouveau sous-traitant ultérieur à temps pour pouvoir s’y opposer (art. 28, paragraphe 2, du RGPD). Envoyez l’information dès maintenant, faites-le commencer le 26 décembre 2026 ou après, et consignez la date d’envoi dans `noticeSent`.',
          text: '2026-12-01',
          severity: 'warning',
          messageId: 'short',
          message:
            /starts on 1 December 2026, fewer than the 30 days of notice.*26 December 2026 or later, and record the day it went out in `noticeSent`/,
        },
      ],
    },
    {
      name: 'starts before the notice sent has run its 30 days',
      code: at('2026-12-10', undefined, '2026-11-20'),
      findings: [
        {
          messageFr:
            '`acme` commence le 10 décembre 2026, avant l’expiration du préavis de 30 jours ouvert par l’information du 20 novembre 2026 (le 20 décembre 2026)\u00a0: vos clients n’ont pas pu s’y opposer à temps (art. 28, paragraphe 2, du RGPD). Faites-le commencer le 20 décembre 2026 ou après.',
          text: '2026-12-10',
          messageId: 'beforeNotice',
          message: /starts on 10 December 2026, before the 30 days of the notice sent on 20 November 2026 have run \(on 20 December 2026\)/,
        },
      ],
    },
    {
      name: 'started before the notice was even sent',
      code: at('2026-11-01', undefined, '2026-11-10'),
      findings: [
        {
          text: '2026-11-01',
          messageId: 'beforeNotice',
          data: { earliest: { fact: 'date', iso: '2026-12-10' }, noticeSent: { fact: 'date', iso: '2026-11-10' } },
        },
      ],
    },
    {
      name: 'a new sub-processor starting later, with no notice recorded',
      code: at('2027-02-01'),
      findings: [
        {
          messageFr:
            '`acme` est un nouveau sous-traitant ultérieur (il commence le 1er février 2027) et aucune information de vos clients n’est consignée\u00a0: indiquez dans `noticeSent` la date à laquelle ils ont été informés, au moins 30 jours avant son démarrage (art. 28, paragraphe 2, du RGPD).',
          text: '2027-02-01',
          messageId: 'noNotice',
          message: /new sub-processor \(it starts on 1 February 2027\) and no notice .* `noticeSent`/,
        },
      ],
    },
    {
      name: 'a sub-processor that started in the last 90 days, with no notice recorded',
      code: at('2026-09-01'),
      findings: [{ text: '2026-09-01', messageId: 'noNotice' }],
    },
    {
      name: 'noticeDays: 0 (no delay promised): a new entry still needs its notice recorded',
      code: at('2027-02-01', '  noticeDays: 0'),
      findings: [{ text: '2027-02-01', messageId: 'noNotice' }],
    },
  ],
});
