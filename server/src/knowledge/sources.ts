import type { SourceInfo } from './types';

/**
 * Source keys of /work/shared/domain/facts.md section 0. Titles summarise where the fact was
 * checked; "code:" marks a public repository file, everything else is a web page unless noted.
 */
const list: [string, string][] = [
  ['S1', 'IAF MD 26 and the ISO/IEC 27001:2022 transition (zephtech, rva.nl, cpg.global)'],
  ['S2', 'CSA STAR programme (Cloud Security Alliance blog, 2024-03-23; CSA support site)'],
  ['S3', 'PCI DSS merchant and service-provider levels (withpci, legalclarity, paytia)'],
  ['S4', 'HITRUST Assessment Handbook (manula.com)'],
  ['S5', 'TISAX (bayern-innovativ, isms-connect)'],
  ['S6', 'HDS 2024 referential (Covington Inside Privacy, Hogan Lovells, archimag)'],
  ['S7', 'Cyber Essentials (IASME knowledge base, isgovern)'],
  ['S8', 'ENS frequently asked questions (ens.ccn.cni.es)'],
  ['S9', 'EU Cloud Code of Conduct (Hunton blog 2021-05-24, SCOPE Europe)'],
  ['S10', 'Europrivacy (Liedekerke, BDO)'],
  ['S11', 'ISO/IEC 27701:2025 (Wikipedia, iso27001security, IAPP)'],
  ['S12', 'BSI C5 (nexalign, security-consultant, vamisec, IBM)'],
  ['S13', 'SecNumCloud (LSTI, Cloud Temple)'],
  ['S14', 'SOC 1 / SOC 2 / SOC 3 (linfordco, schneiderdowns, cybernion, legalclarity)'],
  ['S15', 'ISO/IEC 27018:2025 (iteh, Intertek, DIN)'],
  ['S16', 'FedRAMP (auditxyz, vanta, fedramp.gov)'],
  ['S17', 'HIPAA "certification" (compliancejunction, citing HHS)'],
  ['S18', 'ISO 9001 and ISO/IEC 27001 Amendment 1:2024'],
  ['S19', 'Adequacy decision for the European Patent Organisation (globalpolicywatch, epo.org, EDPB)'],
  ['S20', 'UK adequacy renewal (dpocentre, itpro, Arnold & Porter)'],
  ['S21', 'Latombe v Commission, T-553/23 (streamlex, kslaw); appeal C-703/25 P (EUR-Lex C/2025/6610)'],
  ['S22', 'EU adequacy decision for Brazil (Baker McKenzie, cms.law, europalov.no)'],
  ['S23', 'EU-US Data Privacy Framework mechanics (icdr.org/dpf, legalclarity, zwillgen)'],
  ['S24', 'Standard contractual clauses, Implementing Decision (EU) 2021/914 (gdd.de, EUR-Lex text)'],
  ['S25', 'GDPR Article 28 (gdpr.eu, gdprhub)'],
  [
    'S26',
    'code: ThomasMoreAI/legal-skills-open, eu/data-protection/skills/legal-eu-clemensjl/references/gdpr-transfers.md (third-party summary, cross-check only)',
  ],
  ['S27', 'code: tal66/cloud-regions README (as of 2025-01-15)'],
  ['S28', 'NIST SP 800-63B-4 (evolvingcyber, uxpatternsguide, mcp.waymark); docs: OWASP ASVS issue #1046'],
  ['S29', 'CISA, "Implementing Phishing-Resistant MFA" (October 2022)'],
  ['S30', 'NIS2 Commission Implementing Regulation (EU) 2024/2690 (EUR-Lex, nisd2.eu, nis2-umsetzung)'],
  ['S31', 'AWS European Sovereign Cloud (cambelo, algeriatech, cloudobjectivity)'],
  ['S32', 'FDPIC press release of 8 Sep 2020 on the Swiss-US Privacy Shield (admin.ch), with law-firm notes (Froriep, Walder Wyss)'],
  ['S33', 'ISO/IEC 27706:2025 (iso27001security.com)'],
  ['S34', 'Commission Decision 2011/61/EU on Israel, consolidated text (EUR-Lex)'],
  ['S35', 'GDPR text, Arts. 9, 10, 28, 46 and 49'],
  ['S36', 'EDPB Guidelines 05/2021 on the interplay between Art. 3 and Chapter V of the GDPR (final, February 2023)'],
  ['S37', 'Commission Implementing Decision (EU) 2022/254 on the Republic of Korea (EUR-Lex)'],
  ['S38', "Decision (EU) 2019/419 on Japan and the Commission's first review report of 3 April 2023"],
  ['S39', 'Implementing Decision (EU) 2021/914 (standard contractual clauses) and its Q&A'],
  ['S40', 'WP257 rev.01, the referential for processor binding corporate rules (BCR-P), endorsed by the EDPB'],
  ['S41', 'Code de la santé publique, art. L.1111-8, and the HDS referential of 2024'],
  ['S42', 'GDPR text, Arts. 28(3)(a), 28(10) and 49'],
];

export const SOURCES: Record<string, SourceInfo> = Object.fromEntries(list.map(([key, title]) => [key, { key, title }]));
