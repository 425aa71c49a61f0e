/**
 * Prose and facts stated away from the entry (issue 22, the readers' nineteenth round): processors named in one
 * sentence, mechanisms and places a sentence or a bullet states for named vendors, a sentence covering the whole list,
 * a host's place in another section. Own-words pages in English and French, with their near-misses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';

interface Row {
  name: string;
  dataLocation?: { countries: string[] };
  entityCountry?: string;
  transfer?: { mechanism?: string } | { mechanism?: string }[];
}

/** Each entry as "Name: places; mechanisms", as the import writes them. */
function summary(text: string, file = 'p.md'): string[] {
  const inv = pageToInventory(readPage(text, file), { today: '2026-12-01' }).value as { subprocessors?: Row[] };
  return (inv.subprocessors ?? []).map((s) => {
    const mech = [s.transfer ?? []].flat().flatMap((t) => (t.mechanism ? [t.mechanism] : []));
    return `${s.name}: ${(s.dataLocation?.countries ?? []).join(',')}; ${mech.join(',')}`;
  });
}

const names = (text: string, file = 'p.md') => readPage(text, file).entries.map((e) => e.name ?? e.heading);

test('processors named in one sentence, each with its role and place in brackets, are entries (English and French, Markdown, HTML, JSX)', () => {
  const cases: [string, string, string[]][] = [
    [
      'p.md',
      '# Sub-processors\n\nWe use the following processors: Nimbus (hosting, USA), Datacove (database, EU) and Postling (email, USA).\n',
      ['Nimbus: US; ', 'Datacove: EU; ', 'Postling: US; '],
    ],
    [
      'p.md',
      '# Sous-traitants\n\nNous faisons appel à Nubora (hébergement, France), Quillpost (e-mails, France) et Payvia (paiement, États-Unis).\n',
      ['Nubora: FR; ', 'Quillpost: FR; ', 'Payvia: US; '],
    ],
    [
      'p.md',
      '# Mentions légales\n\n## Données\n\nPour faire fonctionner le service, nous avons recours à Nubora (hébergement, France), Chatly (support client, France) et Postling (e-mails transactionnels, États-Unis). Vos données ne sont jamais vendues.\n\n## Cookies\n\nNous utilisons des cookies.\n',
      ['Nubora: FR; ', 'Chatly: FR; ', 'Postling: US; '],
    ],
    [
      'p.md',
      '# Politique\n\n## Destinataires\n\nVos données sont traitées par nos sous-traitants : Nubora (hébergement, France), Quillpost (envoi d’e-mails, France) ainsi que Payvia (paiements, États-Unis).\n',
      ['Nubora: FR; ', 'Quillpost: FR; ', 'Payvia: US; '],
    ],
    [
      'p.html',
      '<html><body><h1>Privacy</h1><h2>Who we share data with</h2><p>To provide the service we rely on these sub-processors: Nimbus (hosting, United States), Postling (transactional email, United States), and Countly (analytics, Germany).</p><h2>Your rights</h2><p>Ask us.</p></body></html>',
      ['Nimbus: US; ', 'Postling: US; ', 'Countly: DE; '],
    ],
    [
      'Privacy.tsx',
      'export default function Privacy() {\n  return (\n    <main>\n      <h1>Privacy Policy</h1>\n      <p>\n        We use the following processors: Nimbus (hosting, USA), Datacove (database, EU) and Postling (email, USA).\n      </p>\n    </main>\n  );\n}\n',
      ['Nimbus: US; ', 'Datacove: EU; ', 'Postling: US; '],
    ],
  ];
  for (const [file, text, expected] of cases) assert.deepEqual(summary(text, file), expected, text);
});

test('a sentence of tools the company does not use, of customers or partners, or of what the product is built with names no processor', () => {
  for (const text of [
    'We do not use Trackly (analytics, USA), Pixelbook (advertising, USA) or Heatmapper (session recording, Malta).',
    'Nous n’utilisons pas Trackly (mesure d’audience, États-Unis) ni Heatmapper (enregistrement, Malte).',
    'Our customers include Acme Retail (retail, France), Globex (energy, USA) and Initrode (software, UK).',
    'We work with partners such as Acme Retail (retail, France) and Globex (energy, USA).',
    'Our app is built with Reactive (frontend, USA) and Nodely (backend, USA).',
    'Nous travaillons avec Acme Retail (distribution, France) et Globex (énergie, États-Unis).',
    // Brackets with a role but no place after a verb of using: a sentence about tools, not a list of processors.
    'We use Reactive (UI library) and Tailwindy (styles).',
  ])
    assert.deepEqual(names(`# Privacy\n\n${text}\n`), [], text);
});

test("a transfers list after the vendor list gives each bullet's place and mechanisms to the vendor it names, never to another", () => {
  const table = '| Name | Purpose |\n|---|---|\n| Chatterly | Messaging |\n| Payvia | Payments |\n| Nubora | Hosting |\n';
  const cases: [string, string, string[]][] = [
    [
      'p.md',
      `# Sub-processors\n\n${table}\n## Transfers\n\n- Chatterly: servers in the UAE\n- Payvia: United States, DPF\n`,
      ['Chatterly: AE; ', 'Payvia: US; dpf', 'Nubora: ; '],
    ],
    [
      'p.md',
      `# Sub-processors\n\n${table}\n## International transfers\n\nSome providers process data outside the EEA:\n\n- **Chatterly**: servers in the UAE\n- **Payvia**: United States; covered by the Data Privacy Framework\n`,
      ['Chatterly: AE; ', 'Payvia: US; dpf', 'Nubora: ; '],
    ],
    [
      'p.md',
      '# Sous-traitants\n\n- Nubora : hébergement\n- Payvia : paiement\n- Textos : SMS\n\n## Transferts hors UE\n\n- Payvia : États-Unis, CCT\n- Textos : États-Unis, Data Privacy Framework\n',
      ['Nubora: ; ', 'Payvia: US; scc', 'Textos: US; dpf'],
    ],
    [
      'p.txt',
      'Sous-traitants\nNom\tFinalité\nQuillpost\tE-mails\nTextos\tSMS\nPayvia\tPaiement\n\nTransferts\n- Textos : États-Unis (CCT)\n- Payvia : États-Unis, DPF et CCT\n',
      ['Quillpost: ; ', 'Textos: US; scc', 'Payvia: US; dpf,scc'],
    ],
  ];
  for (const [file, text, expected] of cases) assert.deepEqual(summary(text, file), expected, text);
  // Near misses: a bullet whose words leave the place or the mechanism open, or whose lead is no vendor's name.
  assert.deepEqual(
    summary(
      `# Sub-processors\n\n${table}\n## Transfers\n\n- Chatterly: may use servers in the UAE\n- Payvia: United States, SCCs where applicable\n- Hosting: Germany, SCCs\n`,
    ),
    ['Chatterly: ; ', 'Payvia: ; ', 'Nubora: ; '],
  );
  // A line that says where the company is, not where its data goes, gives no place.
  assert.deepEqual(
    summary(
      `# Sub-processors\n\n${table}\n## Notes\n\n- Chatterly: headquartered in the United Arab Emirates\n- Nubora : siège social en Allemagne\n`,
    ),
    ['Chatterly: ; ', 'Payvia: ; ', 'Nubora: ; '],
  );
});

test('a mechanism a sentence states for named vendors is theirs, never the neighbour a sentence beside it names (English and French)', () => {
  const table =
    '| Vendor | Role | Location |\n|---|---|---|\n| Datacove | Database | USA |\n| Pushly | Push | USA |\n| Postling | Email | USA |\n';
  const cases: [string, string[]][] = [
    [
      `# Sub-processors\n\n${table}\nTransfers to Datacove are covered by the SCCs. Pushly is similarly covered by SCCs.\n`,
      ['Datacove: US; scc', 'Pushly: US; scc', 'Postling: US; '],
    ],
    [
      `# Sub-processors\n\n${table}\nWe transfer data to Pushly under the SCCs. Datacove relies on the EU-US Data Privacy Framework.\n`,
      ['Datacove: US; dpf', 'Pushly: US; scc', 'Postling: US; '],
    ],
    [
      `# Sub-processors\n\n${table}\nTransfers to Datacove and Pushly rely on the EU-US Data Privacy Framework.\n`,
      ['Datacove: US; dpf', 'Pushly: US; dpf', 'Postling: US; '],
    ],
    [
      '# Sous-traitants\n\n| Nom | Rôle | Pays |\n|---|---|---|\n| Nubora | Hébergement | France |\n| Payvia | Paiement | États-Unis |\n| Textos | SMS | États-Unis |\n\nLes transferts vers Payvia sont encadrés par les clauses contractuelles types. Textos est certifié au titre du Data Privacy Framework.\n',
      ['Nubora: FR; ', 'Payvia: US; scc', 'Textos: US; dpf'],
    ],
    [
      '# Sous-traitants\n\n| Nom | Rôle | Pays |\n|---|---|---|\n| Nubora | Hébergement | France |\n| Payvia | Paiement | États-Unis |\n| Textos | SMS | États-Unis |\n\nLes transferts vers Payvia sont encadrés par les CCT.\n',
      ['Nubora: FR; ', 'Payvia: US; scc', 'Textos: US; '],
    ],
  ];
  for (const [text, expected] of cases) assert.deepEqual(summary(text), expected, text);
});

test("a host's place another section's prose gives goes to the listed host; a place of the company, or of a host the list does not name, to no one", () => {
  const table = (host: string) => `| Name | Purpose |\n|---|---|\n| ${host} | Hosting |\n| Postling | Email |\n`;
  const cases: [string, string, string[]][] = [
    [
      'p.md',
      `# Privacy\n\n## Hosting\n\nOur data is hosted at Hostico, in the United States (Oregon).\n\n## Sub-processors\n\n${table('Hostico')}`,
      ['Hostico: US; ', 'Postling: ; '],
    ],
    [
      'p.md',
      `# Politique de confidentialité\n\n## Hébergement\n\nLes données sont hébergées chez Hostico, aux États-Unis (Oregon).\n\n## Sous-traitants\n\n${table('Hostico')}`,
      ['Hostico: US; ', 'Postling: ; '],
    ],
    [
      'p.html',
      '<html><body><h1>Privacy</h1><h2>Where we host</h2><p>We host our data with Hostico in Frankfurt, Germany. Backups are encrypted.</p><h2>Sub-processors</h2><table><tr><th>Vendor</th><th>Purpose</th></tr><tr><td>Hostico</td><td>Hosting</td></tr><tr><td>Postling</td><td>Email</td></tr></table></body></html>',
      ['Hostico: DE; ', 'Postling: ; '],
    ],
    // Near misses: a host the list does not name; the company's own place; a place the sentence leaves possible or denies.
    [
      'p.md',
      `# Privacy\n\n## Hosting\n\nOur data is hosted at Flyer Cloud, in France (Paris).\n\n## Sub-processors\n\n${table('Hostico')}`,
      ['Hostico: ; ', 'Postling: ; '],
    ],
    [
      'p.md',
      `# Privacy\n\n## About us\n\nAcme SAS is based in France. Our company is hosted at Station Nord, in Paris.\n\n## Sub-processors\n\n${table('Hostico')}\nOur data may be hosted at Hostico, in the United States. Our data is not hosted at Postling, in the United States.\n`,
      ['Hostico: ; ', 'Postling: ; '],
    ],
  ];
  for (const [file, text, expected] of cases) assert.deepEqual(summary(text, file), expected, text);
});

test('a sentence that places every listed sub-processor covers them all; one that speaks of some of them covers none', () => {
  const en = '# Sub-processors\n\n| Name | Purpose |\n|---|---|\n| Nimbus | Hosting |\n| Postling | Email |\n\n';
  const fr = '# Sous-traitants\n\n| Nom | Finalité |\n|---|---|\n| Nimbus | Hébergement |\n| Postling | E-mails |\n\n';
  const seats = (text: string) =>
    (pageToInventory(readPage(text, 'p.md'), { today: '2026-12-01' }).value as { subprocessors: Row[] }).subprocessors.map(
      (s) => `${s.name}: ${s.entityCountry ?? ''}`,
    );
  for (const text of [
    `${en}The sub-processors above are located in the United States; transfers rely on SCCs.\n`,
    `${en}The sub-processors listed above are based in the United States.\n`,
    `${fr}Les sous-traitants ci-dessus sont situés aux États-Unis ; les transferts sont encadrés par les CCT.\n`,
  ])
    assert.deepEqual(seats(text), ['Nimbus: US', 'Postling: US'], text);
  assert.deepEqual(summary(`${en}The sub-processors above are located in the United States; transfers rely on SCCs.\n`), [
    'Nimbus: ; scc',
    'Postling: ; scc',
  ]);
  for (const text of [
    `${en}Some of the sub-processors above are located in the United States; transfers rely on SCCs.\n`,
    `${fr}Certains des sous-traitants ci-dessus sont situés aux États-Unis ; les transferts sont encadrés par les CCT.\n`,
    `${en}Our company is located in the United States.\n`,
  ])
    assert.deepEqual(summary(text), ['Nimbus: ; ', 'Postling: ; '], text);
  for (const text of [
    `${en}Some of the sub-processors above are located in the United States.\n`,
    `${fr}Certains des sous-traitants ci-dessus sont situés aux États-Unis.\n`,
  ])
    assert.deepEqual(seats(text), ['Nimbus: ', 'Postling: '], text);
});

test('review12: a sentence that denies, hedges or excepts places no one for all (English and French)', () => {
  const en = '# Sub-processors\n\n| Name | Purpose |\n|---|---|\n| Nubora | Hosting |\n| Postling | Email |\n\n';
  const seats = (text: string) =>
    (pageToInventory(readPage(text, 'p.md'), { today: '2026-12-01' }).value as { subprocessors: Row[] }).subprocessors.map(
      (s) => `${s.name}: ${s.entityCountry ?? ''}`,
    );
  for (const sentence of [
    'The sub-processors above are located in the United States, except Nubora.',
    'Les sous-traitants ci-dessus sont situés aux États-Unis, à l’exception de Nubora.',
    'The sub-processors above may be located in the United States.',
    'The sub-processors above are not located in the United States.',
    'Les sous-traitants ci-dessus ne sont pas situés aux États-Unis.',
    'All our sub-processors are based in the United States, except Nubora.',
    'All our sub-processors may be based in the United States.',
  ])
    assert.deepEqual(seats(`${en}${sentence}\n`), ['Nubora: ', 'Postling: '], sentence);
});
