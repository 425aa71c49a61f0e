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
    {
      name: 'HR records such as sick-leave certificates are not health-data hosting (L.1111-8)',
      code: at('  establishment: FR', {
        purpose: 'Payroll and HR',
        personalData: '{ level: yes, categories: [contact, health], description: employee sick-leave certificates }',
      }),
    },
    {
      name: 'an HDS host storing in the EEA',
      code: at('  establishment: FR', { certifications: '[iso27001, hds]', dataLocation: '{ countries: [FR, DE] }' }),
    },
    {
      name: 'an HDS host beside a code the product does not know (ZZ): not known to be outside the EEA',
      code: at('  establishment: FR', { certifications: '[iso27001, hds]', dataLocation: '{ countries: [FR, ZZ] }' }),
    },
  ],
  invalid: [
    {
      name: 'health data for an organisation established in France without hds',
      code: at('  establishment: FR', {}),
      findings: [
        {
          messageFr:
            '`acme` traite des données de santé pour un organisme établi en France sans certification HDS : les données de santé à caractère personnel recueillies à l’occasion d’activités de prévention, de diagnostic, de soins ou de suivi social et médico-social ne peuvent être hébergées que par un hébergeur certifié HDS (article L.1111-8 du code de la santé publique). Ajoutez `hds` dès que l’hébergeur produit son certificat, ou consignez pourquoi ces données sortent de ce champ.',
          text: 'health',
          severity: 'warning',
          message: /HDS-certified host \(Code de la santé publique, art\. L\.1111-8\)/,
        },
      ],
    },
    {
      name: 'HR words do not hide data hosted for care (occupational health follow-up of patients)',
      code: at('  establishment: FR', { purpose: 'HR and patient care records' }),
      findings: [{ text: 'health', messageId: 'hds' }],
    },
    {
      name: 'an HDS-certified host storing health data outside the EEA (2024 referential)',
      code: at('  establishment: FR', { certifications: '[iso27001, hds]', dataLocation: '{ countries: [FR, US] }' }),
      findings: [
        {
          messageFr:
            '`acme` est un hébergeur certifié HDS, et pourtant il stocke des données de santé hors de l’EEE (États-Unis)\u00a0: le référentiel HDS de 2024 impose d’héberger les données de santé dans l’EEE (article L.1111-8 du code de la santé publique). Rapatriez le stockage dans l’EEE, ou vérifiez que le certificat couvre cet hébergement.',
          text: 'US',
          messageId: 'hdsOutsideEea',
          message: /HDS-certified host, yet it stores health data outside the EEA \(United States\)/,
        },
      ],
    },
    {
      name: 'health data stored in two countries outside the EEA and anywhere: named by their names, never as codes',
      code: at('  establishment: FR', { certifications: '[iso27001, hds]', dataLocation: '{ countries: [IN, GLOBAL] }' }),
      findings: [
        {
          text: 'IN',
          messageId: 'hdsOutsideEea',
          data: { countries: ['IN', 'GLOBAL'] },
          message: /stores health data outside the EEA \(India and worldwide\): the 2024 HDS referential/,
        },
      ],
    },
  ],
});
