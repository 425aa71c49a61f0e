import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (transfer: string) => inventory({ entries: [entry({ dataLocation: '{ countries: [IN] }', transfer })] });

ruleTester('derogation-systematic', {
  valid: [{ name: 'SCCs', code: at('{ mechanism: scc, tia: true }') }],
  invalid: [
    {
      name: 'a derogation for a CRM in India: no basis for a structural relationship, an error',
      code: at('{ mechanism: derogation }'),
      findings: [
        {
          messageFr:
            'Les transferts de `acme` reposent sur une dérogation de l’article 49, qui n’est pas une garantie : elle ne joue qu’à défaut de décision d’adéquation et de garanties de l’article 46, pour des transferts occasionnels et non répétitifs (lignes directrices 2/2018 du CEPD). Un sous-traitant ultérieur reçoit des données de façon habituelle : ces transferts sont dépourvus de fondement. Mettez en place des garanties de l’article 46 (comme `scc`) ou appuyez-vous sur une décision d’adéquation.',
          text: 'derogation',
          severity: 'error',
          message: /Art\. 49 derogation, which is not a safeguard.*have no basis/,
        },
      ],
    },
  ],
});
