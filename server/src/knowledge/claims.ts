import { withIds, type ClaimInfo } from './types';

export type { ClaimInfo } from './types';

/**
 * Statements people list as certifications that are not certifications: laws, self-declarations,
 * transfer frameworks and guidance documents. They belong under `claims:` (or `transfer:`).
 */
export const CLAIMS = withIds<ClaimInfo>()([
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
      'EU-US DPF certified',
    ],
    why: 'A transfer basis, not a security certification: US organisations self-certify to the US Department of Commerce, which the EU adequacy decision (EU) 2023/1795 relies on. Record it as `transfer: { mechanism: dpf }`; it must be re-certified every year and only applies to US recipients.',
    sources: ['S21', 'S23'],
    confidence: 'verified',
  },
  {
    id: 'privacy-shield',
    name: 'EU-US Privacy Shield',
    aliases: ['Privacy Shield', 'EU-US Privacy Shield', 'EU-U.S. Privacy Shield', 'Privacy Shield certified'],
    why: 'The Privacy Shield was invalidated by the Court of Justice (Schrems II, C-311/18) on 2020-07-16 and is no basis for transfers; its successor is the Data Privacy Framework. Replace it with the mechanism actually used (DPF or SCCs).',
    sources: ['S21', 'S23'],
    confidence: 'verified',
  },
  {
    id: 'uk-dpf-extension',
    name: 'UK Extension to the EU-US Data Privacy Framework',
    aliases: ['UK Extension to the EU-US DPF', 'UK Extension', 'UK-US Data Bridge', 'UK Extension to the DPF'],
    why: 'A transfer basis for exporters in the United Kingdom (the UK-US data bridge, since 2023-10-12), not for data exported from the EU or EEA: only the EU-US DPF (Decision (EU) 2023/1795) is an EU transfer basis. Keep it as a claim; record the EU transfer mechanism under `transfer`.',
    sources: ['S21', 'S23'],
    confidence: 'verified',
  },
  {
    id: 'swiss-us-dpf',
    name: 'Swiss-US Data Privacy Framework',
    aliases: ['Swiss-US DPF', 'Swiss-U.S. Data Privacy Framework', 'Swiss-US Data Privacy Framework', 'Swiss-U.S. DPF'],
    why: 'A transfer basis for exporters in Switzerland (since 2024-09-15), not for data exported from the EU or EEA: only the EU-US DPF (Decision (EU) 2023/1795) is an EU transfer basis. Keep it as a claim; record the EU transfer mechanism under `transfer`.',
    sources: ['S21', 'S23'],
    confidence: 'verified',
  },
  {
    id: 'swiss-us-privacy-shield',
    name: 'Swiss-US Privacy Shield',
    aliases: ['Swiss-US Privacy Shield', 'Swiss-U.S. Privacy Shield'],
    why: 'The Swiss Federal Data Protection and Information Commissioner (FDPIC) found the Swiss-US Privacy Shield inadequate on 2020-09-08; it was never an EU transfer basis, and is no basis at all now. Remove it and record the mechanism actually used under `transfer`.',
    sources: ['S32'],
    confidence: 'verified',
  },
  {
    id: 'pci-compliant',
    name: 'PCI compliant',
    aliases: ['PCI compliant', 'PCI DSS compliant', 'PCI compliance', 'PCI-compliant'],
    why: 'A claim: only the Attestation of Compliance (AOC) of a service provider is evidence of PCI DSS. Ask for the AOC, then list `pci-dss` with its date.',
    sources: ['S3'],
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
]);

/**
 * Names people list as certifications that no provider holds as a certification of its service: a scheme not
 * adopted yet (EUCS), or a mark that is something else ("CE" is CE marking, not Cyber Essentials). Not claims to
 * move, nor a did-you-mean to a look-alike id: to be removed, and what the provider does hold recorded instead.
 */
export const NOT_HELD_SCHEMES = withIds<ClaimInfo>()([
  {
    id: 'ce-marking',
    name: 'CE marking',
    aliases: ['CE', 'CE marking', 'CE mark', 'CE marked', 'Marquage CE'],
    why: 'CE marking declares that a product meets EU product rules; it certifies no service, and "CE" is not Cyber Essentials: write `cyber-essentials` if that is what the provider holds (unverified: from facts.md section 8, no source key).',
    sources: [],
    confidence: 'unverified',
  },
  {
    id: 'eucs',
    name: 'EUCS (European Cybersecurity Certification Scheme for Cloud Services)',
    aliases: ['EUCS', 'EUCS High', 'EUCS Substantial', 'EUCS Basic', 'EU Cloud Certification Scheme', 'EU Cloud Services Scheme'],
    why: 'No EU cloud certification scheme has been adopted under the Cybersecurity Act (Regulation (EU) 2019/881) as of 2026-12-04, so nobody holds EUCS (unverified: from facts.md section 8, no source key). Remove it and record the certifications the provider does hold (for example `secnumcloud`, `c5` or `iso27001`).',
    sources: [],
    confidence: 'unverified',
  },
]);

/** The id of a claim record, held or not (`fr.ts` has each one's French words). */
export type ClaimId = (typeof CLAIMS)[number]['id'] | (typeof NOT_HELD_SCHEMES)[number]['id'];
