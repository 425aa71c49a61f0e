import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { bin, cli, ROOT } from '../support/runCli';

const example = readFileSync(path.join(ROOT, 'examples/subprocessors.yaml'), 'utf8');

/** The example with Crisp removed, a new sub-processor, MongoDB Atlas's MFA and BigQuery's location changed. */
function edited(): string {
  const crisp = example.indexOf('  - id: crisp');
  const retool = example.indexOf('  # Core Infrastructure / Internal Operations');
  let text = example.slice(0, crisp) + example.slice(retool);
  text = text.replace('      mfa: [sms]', '      mfa: [webauthn]');
  text = text.replace(
    /(id: bigquery[\s\S]*?countries: )\[BE\]\n {6}regions: \[gcp:europe-west1\]/,
    '$1[NL]\n      regions: [gcp:europe-west4]',
  );
  text = text.replace('lastUpdated: 2025-08-01', 'lastUpdated: 2025-10-01');
  text += `
  - id: mistral
    name: "Mistral <AI> & Co"
    entity: Mistral AI SAS
    purpose: Summaries of support tickets
    dataLocation: { countries: [FR] }
    personalData: { level: limited, description: ticket text }
    certifications: [soc2-type2]
    serviceAuthentication: API keys
    administrationAuthentication: { method: SSO, mfa: [webauthn] }
    serviceAccessControl: Workspace keys
    administrationAccessControl: Admin role
    criticality: medium
`;
  return text;
}

function workdir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-diff-'));
  writeFileSync(path.join(dir, 'old.subprocessors.yaml'), example);
  writeFileSync(path.join(dir, 'new.subprocessors.yaml'), edited());
  return dir;
}

test('diff --format json: added, removed and changed, by id, with the fields that changed', async () => {
  const dir = workdir();
  const r = await cli(['diff', 'old.subprocessors.yaml', 'new.subprocessors.yaml', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.stderr);
  const c = JSON.parse(r.stdout);
  assert.deepEqual(
    c.added.map((e: { id: string }) => e.id),
    ['mistral'],
  );
  assert.deepEqual(
    c.removed.map((e: { id: string }) => e.id),
    ['crisp'],
  );
  assert.deepEqual(
    c.changed.map((e: { id: string; fields: { field: string; old: string; new: string }[] }) => [
      e.id,
      e.fields.map((f) => [f.field, f.old, f.new]),
    ]),
    [
      [
        'mongodb-atlas',
        [
          [
            'administrationAuthentication',
            'Email/password (Keychain-generated) + 2FA (SMS)',
            'Email/password (Keychain-generated) + 2FA (security key)',
          ],
        ],
      ],
      ['bigquery', [['dataLocation', 'Belgium (GCP europe-west1)', 'Netherlands (GCP europe-west4)']]],
    ],
  );
  assert.equal(c.oldDate, '2025-08-01');
  assert.equal(c.newDate, '2025-10-01');
});

test('diff --format markdown: the notice of GDPR Art. 28(2)', async () => {
  const r = await cli(['diff', 'old.subprocessors.yaml', 'new.subprocessors.yaml'], workdir());
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Article 28\(2\) of the GDPR/);
  assert.match(r.stdout, /^## Added \(1\)$/m);
  assert.match(r.stdout, /^### Mistral \\<AI\\> & Co \(Mistral AI SAS\)$/m);
  assert.match(r.stdout, /^## Removed \(1\)\n\n- Crisp \(Crisp IM SARL\)$/m);
  assert.match(r.stdout, /^- \*\*Data Location:\*\* Belgium \(GCP europe-west1\) → Netherlands \(GCP europe-west4\)$/m);
  const same = await cli(['diff', 'old.subprocessors.yaml', 'old.subprocessors.yaml'], workdir());
  assert.match(same.stdout, /No sub-processor was added, removed or changed/);
});

test("diff --lang fr: the notice and its feed in French, as a French DPO writes them; the list's first language otherwise", async () => {
  const dir = workdir();
  const r = await cli(['diff', 'old.subprocessors.yaml', 'new.subprocessors.yaml', '--lang', 'fr'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^# Modifications de nos sous-traitants ultérieurs\u00a0: Example SAS$/m);
  assert.match(r.stdout, /Conformément à l'article 28, paragraphe 2, du RGPD/);
  assert.match(r.stdout, /Pour formuler une objection à l'une de ces modifications, écrivez à privacy@example\.com\./);
  assert.match(r.stdout, /^## Ajoutés \(1\)$/m);
  assert.match(r.stdout, /^## Retirés \(1\)\n\n- Crisp \(Crisp IM SARL\)$/m);
  assert.match(r.stdout, /^- \*\*Localisation des données\u00a0:\*\* Belgique \(GCP europe-west1\) → Pays-Bas \(GCP europe-west4\)$/m);
  assert.doesNotMatch(r.stdout, /Added|Removed|Changed|Data Location/);
  const atom = await cli(['diff', 'old.subprocessors.yaml', 'new.subprocessors.yaml', '--lang', 'fr', '--format', 'atom'], dir);
  assert.match(atom.stdout, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="fr">/);
  assert.match(atom.stdout, /<title>Retrait\u00a0: Crisp \(Crisp IM SARL\)<\/title>/);
  // Without --lang: the new list's first language (French here).
  writeFileSync(path.join(dir, 'new-fr.subprocessors.yaml'), edited().replace('languages: [en, fr]', 'languages: [fr, en]'));
  const byList = await cli(['diff', 'old.subprocessors.yaml', 'new-fr.subprocessors.yaml'], dir);
  assert.match(byList.stdout, /^## Ajoutés \(1\)$/m);
  assert.equal((await cli(['diff', 'old.subprocessors.yaml', 'new.subprocessors.yaml', '--lang', 'de'], dir)).code, 2);
});

test('diff --format atom: a well-formed Atom 1.0 feed with one entry per change', async () => {
  const r = await bin(
    ['diff', 'old.subprocessors.yaml', 'new.subprocessors.yaml', '--format', 'atom', '--link', 'https://example.com/subprocessors?a=1&b=2'],
    workdir(),
  );
  assert.equal(r.code, 0, r.stderr);
  assert.equal(XMLValidator.validate(r.stdout), true);
  const xml = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
  const feed = xml.feed;
  assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
  for (const el of ['id', 'title', 'updated', 'author']) assert.ok(feed[el], `feed/${el}`);
  assert.equal(feed.updated, '2025-10-01T00:00:00Z');
  assert.equal(feed.author.name, 'Example SAS');
  const entries = feed.entry as Record<string, unknown>[];
  assert.equal(entries.length, 4);
  for (const e of entries) for (const el of ['id', 'title', 'updated', 'content']) assert.ok(e[el], `entry/${el}`);
  assert.equal(new Set(entries.map((e) => e.id)).size, 4);
  assert.deepEqual(
    entries.map((e) => e.title),
    [
      'Added: Mistral <AI> & Co (Mistral AI SAS)',
      'Removed: Crisp (Crisp IM SARL)',
      'Changed: MongoDB Atlas (MongoDB, Inc.)',
      'Changed: BigQuery (Google LLC)',
    ],
  );
  // Content is escaped HTML: the name's markup is text, not elements.
  assert.match(r.stdout, /&lt;dd&gt;Summaries of support tickets&lt;\/dd&gt;/);
  assert.match(r.stdout, /Mistral &lt;AI&gt; &amp; Co/);
});

test('diff: OLD may be a git revision (REV:path), read with git show', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-git-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir });
  git('init', '-q');
  writeFileSync(path.join(dir, 'subprocessors.yaml'), example);
  git('add', '.');
  git('commit', '-qm', 'v1');
  writeFileSync(path.join(dir, 'subprocessors.yaml'), edited());
  const r = await cli(['diff', 'HEAD:subprocessors.yaml', 'subprocessors.yaml', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    JSON.parse(r.stdout).removed.map((e: { id: string }) => e.id),
    ['crisp'],
  );
  const bad = await cli(['diff', 'HEAD~5:subprocessors.yaml', 'subprocessors.yaml'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^subproc: cannot read HEAD~5:subprocessors\.yaml from git: /);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
});

test('diff: bad input and bad usage exit 2', async () => {
  const dir = workdir();
  writeFileSync(path.join(dir, 'empty.subprocessors.yaml'), '');
  writeFileSync(path.join(dir, 'broken.subprocessors.yaml'), 'inventory: [\n');
  const cases: [string[], RegExp][] = [
    [['diff', 'missing.yaml', 'new.subprocessors.yaml'], /cannot read missing\.yaml: no such file/],
    [['diff', 'old.subprocessors.yaml', 'empty.subprocessors.yaml'], /empty\.subprocessors\.yaml is empty/],
    [['diff', 'broken.subprocessors.yaml', 'new.subprocessors.yaml'], /broken\.subprocessors\.yaml is not valid YAML/],
    [['diff', 'old.subprocessors.yaml'], /two inventories/],
    [['diff', 'old.subprocessors.yaml', 'new.subprocessors.yaml', '--format', 'rss'], /unknown format "rss"/],
  ];
  for (const [args, message] of cases) {
    const r = await cli(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message);
  }
});

test('diff gives each added sub-processor its start date and the objection deadline, in English and French', async () => {
  const dir = workdir();
  const text = edited()
    .replace('  languages: [en, fr]', '  languages: [en, fr]\n  noticeDays: 30')
    .replace(
      '    administrationAccessControl: Admin role\n    criticality: medium\n',
      '    administrationAccessControl: Admin role\n    criticality: medium\n    since: 2027-01-10\n    noticeSent: 2026-11-20\n',
    );
  writeFileSync(path.join(dir, 'dated.subprocessors.yaml'), text);
  const en = await cli(['diff', 'old.subprocessors.yaml', 'dated.subprocessors.yaml', '--lang', 'en'], dir);
  assert.equal(en.code, 0, en.stderr);
  assert.match(
    en.stdout,
    /^### Mistral \\<AI\\> & Co \(Mistral AI SAS\)\n\n- \*\*Starts processing on:\*\* 10 January 2027\n- \*\*Objections until:\*\* 20 December 2026\n/m,
  );
  assert.match(en.stdout, /^# Changes to our sub-processors: Example SAS$/m);
  assert.match(en.stdout, /To object to a change, write to privacy@example\.com\./);
  const fr = await cli(['diff', 'old.subprocessors.yaml', 'dated.subprocessors.yaml', '--lang', 'fr'], dir);
  assert.match(fr.stdout, /- \*\*Début du traitement\u00a0:\*\* 10 janvier 2027\n- \*\*Objections jusqu’au\u00a0:\*\* 20 décembre 2026\n/);
  const json = JSON.parse((await cli(['diff', 'old.subprocessors.yaml', 'dated.subprocessors.yaml', '--format', 'json'], dir)).stdout);
  assert.equal(json.added[0].since, '2027-01-10');
  assert.equal(json.added[0].objectionDeadline, '2026-12-20');
  const atom = await cli(['diff', 'old.subprocessors.yaml', 'dated.subprocessors.yaml', '--format', 'atom'], dir);
  assert.match(
    atom.stdout,
    /&lt;dt&gt;Starts processing on&lt;\/dt&gt;&lt;dd&gt;10 January 2027&lt;\/dd&gt;&lt;dt&gt;Objections until&lt;\/dt&gt;&lt;dd&gt;20 December 2026&lt;\/dd&gt;/,
  );
  // No notice recorded yet: the deadline runs from the day the notice is made.
  writeFileSync(path.join(dir, 'unsent.subprocessors.yaml'), text.replace('    noticeSent: 2026-11-20\n', ''));
  const unsent = JSON.parse((await cli(['diff', 'old.subprocessors.yaml', 'unsent.subprocessors.yaml', '--format', 'json'], dir)).stdout);
  const today = new Date().toISOString().slice(0, 10);
  const plus30 = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  assert.equal(unsent.added[0].objectionDeadline, plus30);
  // No start date stated, no notice period promised: neither is invented.
  const bare = JSON.parse((await cli(['diff', 'old.subprocessors.yaml', 'new.subprocessors.yaml', '--format', 'json'], dir)).stdout);
  assert.equal(bare.added[0].since, undefined);
  assert.equal(bare.added[0].objectionDeadline, undefined);
});

test('diff prints no notice without the organisation and the contact of the new list, and says which is missing', async () => {
  const dir = workdir();
  writeFileSync(path.join(dir, 'nocontact.subprocessors.yaml'), edited().replace(/contact: privacy@example\.com.*/, 'contact: unknown'));
  const r = await cli(['diff', 'old.subprocessors.yaml', 'nocontact.subprocessors.yaml'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(
    r.stderr,
    /no notice without the address to object to \(`inventory\.contact`\): nocontact\.subprocessors\.yaml does not state it/,
  );
  writeFileSync(
    path.join(dir, 'nobody.subprocessors.yaml'),
    edited()
      .replace(/ {2}organization: .*\n/, '')
      .replace(/contact: privacy@example\.com.*/, 'contact: unknown'),
  );
  for (const format of ['markdown', 'json', 'atom']) {
    const both = await cli(['diff', 'old.subprocessors.yaml', 'nobody.subprocessors.yaml', '--format', format, '--lang', 'fr'], dir);
    assert.equal(both.code, 2, format);
    assert.match(
      both.stderr,
      /pas d’information sans l’organisation qui la donne \(`inventory\.organization`\) ni sans l’adresse où formuler une objection \(`inventory\.contact`\)\u00a0: nobody\.subprocessors\.yaml ne les indique pas/,
    );
  }
});

test('diff refuses a list that still holds a placeholder, naming the list and the place', async () => {
  const dir = workdir();
  writeFileSync(path.join(dir, 'p.subprocessors.yaml'), edited().replace('entity: Mistral AI SAS', 'entity: "<entity>"'));
  const r = await cli(['diff', 'old.subprocessors.yaml', 'p.subprocessors.yaml'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '', 'no notice with a placeholder in it');
  assert.match(r.stderr, /p\.subprocessors\.yaml still holds a placeholder \(line \d+, column 13: `entity` is <entity>\)/);
  const fr = await cli(['diff', 'p.subprocessors.yaml', 'new.subprocessors.yaml', '--lang', 'fr'], dir);
  assert.equal(fr.code, 2);
  assert.match(fr.stderr, /p\.subprocessors\.yaml contient encore une valeur à compléter/);
});

test('diff never prints `unknown` as a value: a list date not known is left out of the notice', async () => {
  const dir = workdir();
  writeFileSync(path.join(dir, 'old-unknown.subprocessors.yaml'), example.replace('lastUpdated: 2025-08-01', 'lastUpdated: unknown'));
  for (const lang of ['en', 'fr']) {
    const r = await cli(['diff', 'old-unknown.subprocessors.yaml', 'new.subprocessors.yaml', '--lang', lang], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /\bunknown\b/);
    assert.match(r.stdout, lang === 'en' ? /on our behalf\./ : /pour notre compte\./);
  }
});

test('diff exits 0 whether or not anything changed; with --exit-code, 1 when something did (as git diff --exit-code)', async () => {
  const dir = workdir();
  for (const format of ['markdown', 'json', 'atom']) {
    const changed = ['diff', 'old.subprocessors.yaml', 'new.subprocessors.yaml', '--format', format];
    assert.equal((await cli(changed, dir)).code, 0, format);
    const withFlag = await cli([...changed, '--exit-code'], dir);
    assert.equal(withFlag.code, 1, format);
    assert.ok(withFlag.stdout.length > 0, 'the report is still printed');
    const same = ['diff', 'old.subprocessors.yaml', 'old.subprocessors.yaml', '--format', format, '--exit-code'];
    assert.equal((await cli(same, dir)).code, 0, format);
  }
  // A change to one field only counts too.
  writeFileSync(path.join(dir, 'mfa.subprocessors.yaml'), example.replace('      mfa: [sms]', '      mfa: [webauthn]'));
  assert.equal((await cli(['diff', 'old.subprocessors.yaml', 'mfa.subprocessors.yaml', '--exit-code'], dir)).code, 1);
  // Bad input is still 2, not 1.
  assert.equal((await cli(['diff', 'old.subprocessors.yaml', 'nope.subprocessors.yaml', '--exit-code'], dir)).code, 2);
});

test('diff says why two lists cannot be compared in the language of the run: an entry not a mapping, two entries alike', async () => {
  const dir = workdir();
  const crisp = example.slice(example.indexOf('  - id: crisp'), example.indexOf('  # Core Infrastructure / Internal Operations'));
  const twins = example.replace(crisp, crisp + crisp);
  writeFileSync(path.join(dir, 'twins.subprocessors.yaml'), twins);
  writeFileSync(path.join(dir, 'scalar.subprocessors.yaml'), example.replace(/\nsubprocessors:\n/, '\nsubprocessors:\n  - just a name\n'));
  const said = async (file: string, lang: string) => {
    const r = await cli(['diff', file, 'new.subprocessors.yaml', '--lang', lang], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
    return r.stderr.trimEnd();
  };
  const expected: [file: string, lang: string, line: string][] = [
    [
      'twins.subprocessors.yaml',
      'en',
      'subproc: cannot compare twins.subprocessors.yaml and new.subprocessors.yaml: entries 8 and 9 of twins.subprocessors.yaml cannot be told apart (id "crisp", name "Crisp", entity "Crisp IM SARL"): give each a distinct id',
    ],
    [
      'twins.subprocessors.yaml',
      'fr',
      'subproc: impossible de comparer twins.subprocessors.yaml et new.subprocessors.yaml\u00a0: rien ne distingue les entrées 8 et 9 de twins.subprocessors.yaml (id «\u00a0crisp\u00a0», nom «\u00a0Crisp\u00a0», entité «\u00a0Crisp IM SARL\u00a0»)\u00a0: donnez à chacune un `id` distinct',
    ],
    [
      'scalar.subprocessors.yaml',
      'en',
      'subproc: cannot compare scalar.subprocessors.yaml and new.subprocessors.yaml: entry 1 of scalar.subprocessors.yaml is not a mapping of fields, so it cannot be compared',
    ],
    [
      'scalar.subprocessors.yaml',
      'fr',
      'subproc: impossible de comparer scalar.subprocessors.yaml et new.subprocessors.yaml\u00a0: l’entrée 1 de scalar.subprocessors.yaml n’est pas un mapping de champs\u00a0: elle ne peut pas être comparée',
    ],
  ];
  for (const [file, lang, line] of expected) assert.equal(await said(file, lang), line, `${file} --lang ${lang}`);
});
