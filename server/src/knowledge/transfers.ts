import { withIds, type TransferMechanismInfo } from './types';

export type { TransferMechanismInfo } from './types';

/**
 * GDPR Chapter V transfer mechanisms, in the order of analysis: Art. 45 (adequacy), then Art. 46
 * (appropriate safeguards: SCCs, BCRs, ...), then Art. 49 (derogations). The EU-US DPF is an Art. 45
 * decision limited to certified US organisations, listed separately because inventories name it.
 */
export const TRANSFER_MECHANISMS = withIds<TransferMechanismInfo>()([
  {
    id: 'scc',
    name: 'Standard contractual clauses (SCCs)',
    legalBasis: 'GDPR Art. 46(2)(c); Implementing Decision (EU) 2021/914 of 4 June 2021',
    description:
      "The Commission's model clauses signed between exporter and importer. One modular set: Module 1 controller to controller, 2 controller to processor, 3 processor to processor (sub-processing), 4 processor to controller; a docking clause lets new parties join. Usable for any destination country.",
    validFor: 'any-country',
    notes: [
      'The older 2001/2004/2010 clauses ("model clauses", "SCCs 2010") were repealed from 2021-09-27 and have had no effect since 2022-12-27.',
      'After Schrems II (C-311/18, 2020-07-16) a transfer impact assessment is expected, following the six steps of EDPB Recommendations 01/2020, with supplementary measures where needed.',
      "For a processor's sub-processor, Module 3 (processor to processor); for a controller's own processor, Module 2. Modules 1 (controller to controller) and 4 (processor to controller) are wrong for a sub-processor.",
      "The clauses are valid (Schrems II upheld the mechanism): the exporter's assessment conditions the transfer, not the clauses.",
      'No SCC set yet covers an importer already subject to the GDPR under Art. 3(2) (partly checked).',
      'Decision (EU) 2021/915 is a different set: Art. 28(7) clauses between controller and processor, not a transfer tool.',
    ],
    sources: ['S24', 'S39', 'S26'],
    confidence: 'verified',
  },
  {
    id: 'dpf',
    name: 'EU-US Data Privacy Framework (DPF)',
    legalBasis: 'GDPR Art. 45; Implementing Decision (EU) 2023/1795 of 10 July 2023',
    description:
      'Adequacy for US organisations that self-certified to the US Department of Commerce and remain active on the DPF list, for the data category concerned (HR or non-HR). Only valid when the recipient is in the US.',
    validFor: 'us-only',
    notes: [
      'Certification must be renewed every year; a lapsed organisation shows as inactive and is no longer covered.',
      "Check the vendor's entry on the DPF list, including the HR / non-HR scope (partly checked).",
      'Keeping SCCs as a fallback is recommended practice (partly checked).',
      'A TIA is generally considered unnecessary for DPF transfers (unverified), though documenting one is recommended.',
      'Litigation: Latombe (T-553/23) dismissed 2025-09-03; appeal C-703/25 P lodged 2025-10-31 and pending.',
      'The UK Extension (since 2023-10-12) and the Swiss-US DPF (since 2024-09-15) are transfer bases for UK and Swiss exporters, not EU ones.',
      'The Privacy Shield, its predecessor, has been invalid since 2020-07-16.',
    ],
    sources: ['S21', 'S23', 'S26'],
    confidence: 'verified',
  },
  {
    id: 'bcr',
    name: 'Binding corporate rules (BCRs)',
    legalBasis: 'GDPR Art. 46(2)(b) and Art. 47',
    description:
      'Group-wide binding rules approved by the lead supervisory authority through the EDPB consistency mechanism. They only cover transfers between members of the same corporate group.',
    validFor: 'any-country',
    notes: [
      "Processor BCRs (BCR-P) approved for a vendor's group cover that vendor's transfers to members of its own group (an Irish entity sending data to its US parent under the group's BCR-P is lawful).",
      "They never cover a transfer to a company outside the group that adopted them: your own BCR-C cited for an outside vendor, or a vendor's BCR-P cited for a third party.",
      'A transfer impact assessment is expected, as for SCCs.',
    ],
    sources: ['S40', 'S26'],
    confidence: 'verified',
  },
  {
    id: 'adequacy',
    name: 'Adequacy decision',
    legalBasis: 'GDPR Art. 45 (and decisions kept in force by Art. 45(9))',
    description:
      "The Commission found the destination's protection essentially equivalent, so no further transfer tool or authorisation is needed. Only valid for a country (or sector) covered by a decision in force.",
    validFor: 'adequacy-countries',
    notes: [
      'Adequacy is a transfer basis, not EU data residency.',
      'Partial decisions: Canada (PIPEDA commercial organisations), Israel (automated transfers, i.e. every SaaS flow), Japan (APPI private sector), South Korea (all but credit information under the FSC), United States (DPF-certified organisations only: use `dpf`).',
      'Decisions are reviewed at least every four years; the UK decision runs until 2031-12-27.',
    ],
    sources: ['S26', 'S20'],
    confidence: 'verified',
  },
  {
    id: 'derogation',
    name: 'Derogation for a specific situation',
    legalBasis: 'GDPR Art. 49',
    description:
      'Exceptions such as explicit consent, necessity for a contract, important public interest, legal claims, vital interests or a public register, plus a narrow residual case for compelling legitimate interests. Meant for occasional transfers, not for routine vendor relationships.',
    validFor: 'exceptional',
    notes: [
      'A derogation is not a safeguard: it applies only where there is neither adequacy nor Art. 46 safeguards, for occasional and non-repetitive transfers (EDPB Guidelines 2/2018). A sub-processor relationship is structural: relying on a derogation for it has no basis.',
      'The residual case requires non-repetitive transfers of few data subjects and informing the supervisory authority.',
    ],
    sources: ['S42', 'S26'],
    confidence: 'verified',
  },
  {
    id: 'idta',
    name: 'International Data Transfer Agreement (IDTA)',
    legalBasis: 'UK GDPR Art. 46(2)(d); the IDTA issued by the ICO under s.119A Data Protection Act 2018, in force since 21 March 2022',
    description:
      "The UK's own contract for transfers out of the UK. It is a tool of UK law: for data leaving the EEA under the EU GDPR it is no basis; the EU clauses (2021/914) are.",
    validFor: 'uk-exports',
    notes: [
      'An organisation exporting from both the EU and the UK usually signs the EU clauses with the UK Addendum instead (unverified).',
    ],
    sources: [],
    confidence: 'unverified',
  },
  {
    id: 'uk-addendum',
    name: 'UK Addendum to the EU Standard Contractual Clauses',
    legalBasis: 'UK GDPR Art. 46(2)(d); the International Data Transfer Addendum issued by the ICO, in force since 21 March 2022',
    description:
      'An addendum that makes the EU clauses (2021/914) work for transfers out of the UK. For an EU export, the EU clauses themselves are the basis: record them as `scc`.',
    validFor: 'uk-exports',
    notes: ['Record the EU transfer as `scc` and the UK one as `uk-addendum`, each in its own transfer item (unverified).'],
    sources: [],
    confidence: 'unverified',
  },
  {
    id: 'none',
    name: 'No transfer mechanism',
    legalBasis: 'GDPR Art. 44 (no transfer outside the EEA without a Chapter V basis)',
    description:
      'No mechanism. Correct only when no personal data leaves the EEA (including remote access from a third country, which counts as a transfer).',
    validFor: 'none',
    notes: [
      'Flows within the EEA are not transfers, so `none` fits an EEA-only processor.',
      'Remote access from outside the EEA, such as support staff, is a transfer, and weighs as storage there does (EDPB Guidelines 05/2021).',
      "A parent company outside the EEA is not an importer: an EEA-established processor under a third-country parent makes no transfer by that alone (EDPB Guidelines 05/2021); the exposure to that country's law (for the US, the CLOUD Act) is assessed in the choice of the processor (GDPR Art. 28(1)) and its measures (Art. 32).",
      'Onward transfers by the sub-processor are covered by Art. 44 as well.',
    ],
    sources: ['S36', 'S26'],
    confidence: 'verified',
  },
]);
