import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const tier2 = (extra: Record<string, string> = {}) => inventory({ entries: [entry({ certifications: '[]', ...extra })] });

ruleTester('tier-justification', {
  valid: [
    {
      name: 'a company of the group: no rationale asked',
      code: inventory({
        entries: [entry({ relationship: 'affiliate', dataLocation: '{ countries: [IN] }', transfer: '{ mechanism: bcr, tia: true }' })],
      }),
    },
    { name: 'tier 1 needs no rationale', code: inventory() },
    { name: 'tier 2 with a rationale', code: tier2({ selectionRationale: 'No certified provider offers support chat in French' }) },
    { name: 'switched off by a policy', code: tier2(), policy: { rules: { 'tier-justification': 'off' } } },
  ],
  invalid: [
    {
      name: 'tier 2 without rationale',
      code: tier2(),
      findings: [
        {
          messageFr:
            '`acme` est au niveau 2\u00a0: non certifié, données dans l’EEE. Ajoutez une `selectionRationale` expliquant pourquoi aucun prestataire d’un niveau supérieur n’a été retenu.',
          text: 'acme',
          severity: 'info',
          message: /^`acme` is in tier 2: not certified, EEA residency\. Add a `selectionRationale`/,
        },
      ],
    },
    {
      name: 'certifications `unknown`: the grounds say they are not stated, never "not certified"',
      code: tier2({ certifications: 'unknown' }),
      findings: [{ text: 'acme', message: /^`acme` is in tier 2: certifications not stated, EEA residency\./ }],
    },
    {
      name: 'tier 3 without rationale, re-levelled to warning',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '{ mechanism: dpf }' })] }),
      policy: { rules: { 'tier-justification': 'warning' } },
      findings: [{ text: 'acme', severity: 'warning', message: /tier 3/ }],
    },
    {
      name: 'tier 3 on standard contractual clauses: its grounds are a sentence, the mechanism named as a sentence names it',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '{ mechanism: scc, tia: 2026-01-10 }' })] }),
      findings: [
        {
          messageFr:
            '`acme` est au niveau 3\u00a0: certifié SOC 2 Type II et ISO/IEC 27001, données hors de l’EEE (États-Unis), transferts encadrés par des clauses contractuelles types (CCT). Ajoutez une `selectionRationale` expliquant pourquoi aucun prestataire d’un niveau supérieur n’a été retenu.',
          text: 'acme',
          message:
            /^`acme` is in tier 3: certified \(SOC 2 Type II and ISO\/IEC 27001\), data outside the EEA \(United States\), safeguarded by standard contractual clauses \(SCCs\)\. Add/,
        },
      ],
    },
    {
      name: 'tier 3 on the DPF: its name is not followed by a second bracket for the country',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '{ mechanism: dpf, verified: 2026-10-01 }' })] }),
      findings: [
        {
          messageFr:
            '`acme` est au niveau 3\u00a0: certifié SOC 2 Type II et ISO/IEC 27001, données hors de l’EEE (États-Unis), transferts encadrés par le Data Privacy Framework UE-États-Unis (DPF). Ajoutez une `selectionRationale` expliquant pourquoi aucun prestataire d’un niveau supérieur n’a été retenu.',
          text: 'acme',
          message: /, safeguarded by the EU-US Data Privacy Framework \(DPF\)\. Add a `selectionRationale`/,
        },
      ],
    },
    {
      name: 'the certification that counts, of a policy list of its own, is named as the knowledge base names it',
      code: inventory({
        entries: [
          entry({
            certifications: '[iso27701]',
            dataLocation: '{ countries: [US] }',
            transfer: '{ mechanism: dpf, verified: 2026-10-01 }',
          }),
        ],
      }),
      policy: { certified: ['iso27701'] },
      findings: [
        {
          messageFr:
            '`acme` est au niveau 3\u00a0: certifié ISO/IEC 27701, données hors de l’EEE (États-Unis), transferts encadrés par le Data Privacy Framework UE-États-Unis (DPF). Ajoutez une `selectionRationale` expliquant pourquoi aucun prestataire d’un niveau supérieur n’a été retenu.',
          text: 'acme',
          message: /^`acme` is in tier 3: certified \(ISO\/IEC 27701\), data outside the EEA \(United States\), safeguarded/,
        },
      ],
    },
  ],
});
