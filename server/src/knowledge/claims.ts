import type { ClaimInfo } from './types';

export type { ClaimInfo } from './types';

/**
 * Statements people list as certifications that are not certifications: laws, self-declarations,
 * transfer frameworks and guidance documents. They belong under `claims:` (or `transfer:`).
 */
export const CLAIMS: readonly ClaimInfo[] = [
  {
    id: 'gdpr-compliant',
    name: 'GDPR compliant',
    aliases: [
      'GDPR compliant',
      'GDPR',
      'GDPR compliance',
      'GDPR certified',
      'GDPR ready',
      'GDPR-compliant',
      'Compliant with GDPR',
      'RGPD',
      'RGPD compliant',
      'Conforme RGPD',
      'DSGVO',
      'DSGVO konform',
    ],
    why: 'A self-declaration, not an audit. GDPR Arts. 42-43 only allow approved certification mechanisms and seals for specific processing operations (for example Europrivacy), never a whole company being "GDPR certified". Ask for the DPA and real security evidence instead.',
    sources: ['S10'],
    confidence: 'verified',
  },
  {
    id: 'hipaa',
    name: 'HIPAA',
    aliases: ['HIPAA', 'HIPAA compliant', 'HIPAA certified', 'HIPAA compliance', 'HIPAA-compliant', 'HIPAA certification'],
    why: 'HIPAA is a US statute enforced by the HHS Office for Civil Rights, which does not recognise any private "HIPAA certification". Evidence that means something: a signed Business Associate Agreement, a risk analysis, a SOC 2 report mapped to HIPAA, or HITRUST.',
    sources: ['S17'],
    confidence: 'verified',
  },
  {
    id: 'dpf',
    name: 'EU-US Data Privacy Framework',
    aliases: [
      'DPF',
      'EU-US DPF',
      'EU-U.S. DPF',
      'Data Privacy Framework',
      'EU-US Data Privacy Framework',
      'EU-U.S. Data Privacy Framework',
      'DPF certified',
      'Data Privacy Framework certified',
      'UK Extension to the EU-US DPF',
      'Swiss-US DPF',
      'Swiss-U.S. Data Privacy Framework',
      'EU-US DPF certified',
    ],
    why: 'A transfer basis, not a security certification: US organisations self-certify to the US Department of Commerce, which the EU adequacy decision (EU) 2023/1795 relies on. Record it as `transfer: { mechanism: dpf }`; it must be re-certified every year and only applies to US recipients.',
    sources: ['S21', 'S23'],
    confidence: 'verified',
  },
  {
    id: 'privacy-shield',
    name: 'EU-US Privacy Shield',
    aliases: ['Privacy Shield', 'EU-US Privacy Shield', 'EU-U.S. Privacy Shield', 'Privacy Shield certified', 'Swiss-US Privacy Shield'],
    why: 'The Privacy Shield was invalidated by the Court of Justice (Schrems II, C-311/18) on 2020-07-16 and is no basis for transfers; its successor is the Data Privacy Framework. Replace it with the mechanism actually used (DPF or SCCs).',
    sources: ['S21', 'S23'],
    confidence: 'verified',
  },
  {
    id: 'ccpa-compliant',
    name: 'CCPA compliant',
    aliases: ['CCPA', 'CCPA compliant', 'CCPA compliance', 'CPRA', 'CPRA compliant', 'CCPA/CPRA', 'CCPA certified'],
    why: 'The California Consumer Privacy Act (as amended by the CPRA) is a state law with no certification scheme; claiming compliance is a self-declaration. It has no bearing on GDPR transfers. (General knowledge, not checked against a source.)',
    sources: [],
    confidence: 'unverified',
  },
  {
    id: 'iso27002',
    name: 'ISO/IEC 27002',
    aliases: ['ISO 27002', 'ISO27002', 'ISO/IEC 27002', 'ISO 27002:2022', 'ISO/IEC 27002:2022', 'ISO 27002:2013', 'ISO 27002 compliant'],
    why: 'ISO 27002 is a catalogue of guidance on security controls; organisations cannot be certified against it (unverified). Ask for an ISO/IEC 27001 certificate.',
    sources: [],
    confidence: 'unverified',
  },
];
