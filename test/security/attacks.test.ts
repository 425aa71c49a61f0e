/**
 * The second security review's attacks 2 to 11, each reproduced as it was reported (attack 1, non-regular
 * and oversized files, is `inputFiles.test.ts`). Each test failed on the code the review attacked.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import MarkdownIt from 'markdown-it';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, fixAll, fixesFor, lintText, parseYaml } from '../../server/src/engine';
import { hover } from '../../server/src/languageService';
import { renderPage } from '../../server/src/publish/render';
import { entry, inventory } from '../support/ruleTester';
import { cli } from '../support/runCli';
import { TestLspClient, withServer } from '../support/lspClient';
import { formatFixTitle } from '../../server/src/format';

const TODAY = '2026-11-26';
const md = new MarkdownIt();

function tmpDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-attack-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Every anchor a document defines, by name. */
function anchors(text: string): string[] {
  return [...text.matchAll(/&([A-Za-z0-9_-]+)/g)].map((m) => m[1]!).sort();
}

/** Applies every fix of every finding one at a time, as the editor would, and checks each result. */
function everyFixApplies(text: string, check: (fixed: string, title: string) => void): number {
  const result = lintText(text, { today: TODAY });
  let n = 0;
  for (const f of result.findings) {
    for (const fix of fixesFor(result, f)) {
      n++;
      // The client applies the edits as LSP text edits: vscode-languageserver-textdocument throws on overlaps.
      const doc = TextDocument.create('file:///x.yaml', 'yaml', 1, text);
      const lspEdits = fix.edits.map((e) => ({
        range: { start: doc.positionAt(e.range.start), end: doc.positionAt(e.range.end) },
        newText: e.text,
      }));
      const viaLsp = TextDocument.applyEdits(doc, lspEdits);
      const fixed = applyEdits(text, fix.edits);
      assert.equal(viaLsp, fixed);
      check(fixed, formatFixTitle(fix, 'en'));
    }
  }
  return n;
}

describe('attack 2: workflow commands through the stylish output', () => {
  const evilId = 'x\n::error file=.github/workflows/a.yml,line=1::pwned\n::stop-commands::tok';
  let dir: string;
  before(() => {
    dir = tmpDir({
      'subprocessors.yaml': inventory({
        entries: [entry({ id: JSON.stringify(evilId), dataFlows: `[{ to: ${JSON.stringify(evilId + 'y')} }]` })],
      }),
      '::warning::named.subprocessors.yaml': inventory({ entries: [entry({ dpa: undefined })] }),
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('no output line can start a workflow command; the id is shown with its line breaks escaped', async () => {
    const r = await cli(['check', '--today', TODAY, '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const commands = r.stdout.split('\n').filter((l) => /^\s*::/.test(l));
    assert.deepEqual(commands, []);
    assert.match(r.stdout, /x\\n::error file=\.github/);
    assert.match(r.stdout, /^\.\/::warning::named\.subprocessors\.yaml$/m);
    assert.doesNotMatch(r.stdout, /\u001b/);
  });
});

describe('attack 3: markup in the change notice, invalid dates and IRIs in the feed', () => {
  const evilDate = '<img src=x onerror=alert(1)> [link](https://evil.example)\n# Injected heading';
  let dir: string;
  before(() => {
    const old = inventory({ entries: [entry()] }).replace('lastUpdated: 2026-06-01', `lastUpdated: ${JSON.stringify(evilDate)}`);
    const now = inventory({ entries: [entry(), entry({ id: '"has space and <tag>"', name: 'New one' })] }).replace(
      'lastUpdated: 2026-06-01',
      `lastUpdated: ${JSON.stringify(evilDate + ' 2')}`,
    );
    dir = tmpDir({ 'old.subprocessors.yaml': old, 'new.subprocessors.yaml': now });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('Markdown: the dates are text (no HTML, no link, no heading)', async () => {
    const r = await cli(['diff', 'old.subprocessors.yaml', 'new.subprocessors.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    const tokens = md.parse(r.stdout, {});
    assert.deepEqual(
      tokens.filter((t) => t.type === 'heading_open').map((t) => t.tag),
      ['h1', 'h2', 'h3'],
      r.stdout,
    );
    const inline = tokens.flatMap((t) => t.children ?? []);
    assert.equal(inline.filter((t) => t.type === 'html_inline' || t.type === 'link_open').length, 0, r.stdout);
    assert.equal(tokens.filter((t) => t.type === 'html_block').length, 0);
  });

  test('Atom: valid XML, RFC 3339 dates, entry ids without spaces or markup', async () => {
    const r = await cli(['diff', '--format', 'atom', 'old.subprocessors.yaml', 'new.subprocessors.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(XMLValidator.validate(r.stdout), true);
    const feed = new XMLParser().parse(r.stdout).feed;
    const entries = [feed.entry].flat();
    for (const updated of [feed.updated, ...entries.map((e: { updated: string }) => e.updated)]) {
      assert.match(updated, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    for (const e of entries) assert.match(e.id, /^[^\s<>"]+$/, e.id);
  });
});

describe('attack 4: the change notice never drops an entry', () => {
  const noId = (name: string, purpose = 'Hosting') => entry({ id: undefined, name, purpose });
  let dir: string;
  before(() => {
    const old = inventory({ entries: [entry({ id: 'a', name: 'A one' }), entry({ id: 'a', name: 'A two' }), noId('Kept')] });
    const now = inventory({
      entries: [
        entry({ id: 'a', name: 'A one' }),
        entry({ id: 'a', name: 'A two', purpose: 'Backups' }),
        noId('Kept'),
        noId('New, no id'),
        entry({ id: 'a', name: 'A three' }),
      ],
    });
    const twins = inventory({ entries: [noId('Same'), noId('Same')] });
    dir = tmpDir({ 'old.yaml': old, 'new.yaml': now, 'twins.yaml': twins });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('entries without an id and with a shared id are compared by name and entity, and all are reported', async () => {
    const r = await cli(['diff', '--format', 'json', 'old.yaml', 'new.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    const c = JSON.parse(r.stdout);
    assert.deepEqual(c.added.map((e: { name: string }) => e.name).sort(), ['A three', 'New, no id']);
    assert.deepEqual(c.removed, []);
    assert.deepEqual(
      c.changed.map((e: { name: string; fields: { field: string }[] }) => [e.name, e.fields.map((f) => f.field)]),
      [['A two', ['purpose']]],
    );
    assert.ok(
      c.notes.some((n: string) => /The id "a" is used by 2 entries of old\.yaml and 3 entries of new\.yaml/.test(n)),
      c.notes,
    );
    const markdown = await cli(['diff', 'old.yaml', 'new.yaml'], dir);
    assert.match(markdown.stdout, /Note: The id "a" is used by/);
  });

  test('two entries nothing tells apart: refused with one line, exit 2', async () => {
    const r = await cli(['diff', 'twins.yaml', 'new.yaml'], dir);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /^subproc: cannot compare twins\.yaml and new\.yaml: entries 1 and 2 of twins\.yaml cannot be told apart \(no id, name "Same"/,
    );
    assert.equal(r.stderr.trimEnd().split('\n').length, 1);
  });
});

describe('attack 5: a fix that removes an anchor', () => {
  test('"move to claims" is not offered for an anchored item; every fix offered keeps every anchor', () => {
    const text = inventory({
      entries: [
        entry({ certifications: '[&soc SOC 2 Type II, &claim gdpr-compliant]' }),
        entry({ id: 'b', certifications: '[soc2-type2]', claims: '[*claim]' }),
      ],
    });
    const before = anchors(text);
    const n = everyFixApplies(text, (fixed, title) => {
      assert.deepEqual(anchors(fixed), before, `"${title}" removed an anchor`);
      assert.equal(parseYaml(fixed).problems.length, 0, `"${title}" broke the file`);
    });
    assert.ok(n > 0, 'the file has fixes (the SOC 2 text)');
    const all = fixAll(lintText(text, { today: TODAY })).text;
    assert.deepEqual(anchors(all), before);
    assert.equal(parseYaml(all).problems.length, 0);
  });
});

describe('attack 6: overlapping edits in one fix', () => {
  test('an incomplete entry whose block certifications list ends with the claim: every fix applies as LSP edits', () => {
    const text = [
      'inventory: { organization: X, contact: x@example.com, lastUpdated: 2026-06-01 }',
      'subprocessors:',
      '  - id: acme',
      '    name: Acme',
      '    certifications:',
      '      - soc2-type2',
      '      - gdpr-compliant',
      '',
    ].join('\n');
    const titles: string[] = [];
    everyFixApplies(text, (fixed, title) => {
      titles.push(title);
      assert.equal(parseYaml(fixed).problems.length, 0, `"${title}" broke the file:\n${fixed}`);
      if (/Move "gdpr-compliant"/.test(title)) assert.match(fixed, /\n {6}- soc2-type2\n {4}claims:\n {6}- gdpr-compliant\n$/, fixed);
    });
    assert.ok(
      titles.some((t) => /Move "gdpr-compliant"/.test(t)),
      JSON.stringify(titles),
    );
  });
});

describe('attack 7: kept trailing line breaks of a block scalar', () => {
  for (const header of ['|+', '>+', '|2+', '|+2']) {
    test(`keys inserted after a last value written ${header} keep its value`, () => {
      const indent = header.includes('2') ? '  ' : '      ';
      const body = header.includes('2') ? `${' '.repeat(6)}text` : `${indent}text`;
      // \`name\` is the last key, and every missing field comes after it: the fix appends them after its value.
      const text = `inventory: { organization: X, contact: x@example.com, lastUpdated: 2026-06-01 }\nsubprocessors:\n  - id: acme\n    name: ${header}\n${body}\n\n\n`;
      const value = (t: string) => (parseYaml(t).value as { subprocessors: { name: string }[] }).subprocessors[0]!.name;
      const want = value(text);
      assert.match(want, /text\n\n\n$/);
      let n = 0;
      everyFixApplies(text, (fixed, title) => {
        n++;
        assert.equal(parseYaml(fixed).problems.length, 0, `"${title}" broke the file:\n${fixed}`);
        assert.equal(value(fixed), want, `"${title}" changed the value:\n${fixed}`);
      });
      assert.ok(n > 0);
    });
  }
});

describe('attack 8: a reused version with new text', () => {
  let client: TestLspClient;
  withServer({ today: TODAY }, (c) => (client = c));

  test('the new text is analysed, not the cached result of the old one', async () => {
    const uri = 'file:///attack8/subprocessors.yaml';
    const a = inventory({ entries: [entry({ certifications: '[soc2-type2, gdpr-compliant]' })] });
    const b = `# a comment line that moves every range\n${inventory({ entries: [entry()] })}`;
    client.open(uri, a);
    const first = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'not-a-certification'));
    assert.ok(first.length > 0);
    // The same version number again, with other text.
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: b }] });
    const second = await client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'not-a-certification'), 5000);
    assert.deepEqual(
      second.filter((d) => d.code === 'not-a-certification'),
      [],
    );
  });
});

describe('attack 9: a lone CR and control characters in the published page', () => {
  test('Markdown: a lone CR does not start a heading; NUL and escape characters are gone from Markdown and HTML', () => {
    const text = inventory({ entries: [entry({ purpose: JSON.stringify('x\r\r# Injected\r- item\u0000 \u001b[31mred') })] });
    const result = lintText(text, { today: TODAY });
    const page = renderPage(result, { format: 'markdown', lang: 'en' });
    const headings = md.parse(page, {}).filter((t) => t.type === 'heading_open');
    assert.ok(!page.split(/\r\n|\r|\n/).some((l) => /^#+ Injected/.test(l)), page);
    assert.equal(
      headings.length,
      md
        .parse(renderPage(lintText(inventory(), { today: TODAY }), { format: 'markdown', lang: 'en' }), {})
        .filter((t) => t.type === 'heading_open').length,
    );
    const html = renderPage(result, { format: 'html', lang: 'en' });
    for (const out of [page, html]) assert.doesNotMatch(out, /[\u0000\u001b]/);
  });
});

describe('attack 10: Markdown in hovers', () => {
  test("an entry's name shows as text: no link, no image, no autolink", () => {
    const name = '[Verify your account](https://evil.example/login) ![](https://evil.example/pixel.png) <b>x</b> www.evil.example';
    const text = inventory({
      entries: [entry({ name: JSON.stringify(name), purpose: JSON.stringify(name) }), entry({ id: 'b', dataFlows: '[{ to: acme }]' })],
    });
    const result = lintText(text, { today: TODAY });
    const parsed = result.parsed;
    for (const at of [text.indexOf('acme'), text.lastIndexOf('acme')]) {
      const h = hover({ kind: 'inventory', parsed, result, docsBase: 'file:///docs/rules/' }, parsed.lines.positionAt(at + 1));
      const value = (h?.contents as { value: string }).value;
      assert.ok(value, 'a hover');
      const md2 = new MarkdownIt({ linkify: true });
      const tokens = md2.parse(value, {}).flatMap((t) => [t, ...(t.children ?? [])]);
      assert.deepEqual(
        tokens.filter((t) => ['link_open', 'image', 'html_inline', 'html_block'].includes(t.type)).map((t) => t.type),
        [],
        value,
      );
      assert.ok(md2.renderInline(value).includes('Verify your account'), 'the text is still there');
    }
  });
});

describe('attack 11: CSV import keeps names and entities as written', () => {
  let dir: string;
  before(() => {
    const header =
      'Name,Entity,Purpose,Data Location,Personal Data,Certifications,Service Authentication,Administration Authentication,Service Access Control,Administration Access Control,Criticality';
    dir = tmpDir({
      'list.csv': `${header}\n"Foo (Bar)",,Hosting,France,Yes,,k,SSO,x,y,high\nAcme,"Acme (EU",Hosting,France,Yes,,k,SSO,x,y,high\n`,
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('"Foo (Bar)" stays the name; "Acme (EU" stays the entity', async () => {
    const r = await cli(['import', 'list.csv'], dir);
    assert.equal(r.code, 0, r.stderr);
    const value = parseYaml(r.stdout).value as { subprocessors: { name: string; entity: string }[] };
    assert.equal(value.subprocessors[0]!.name, 'Foo (Bar)');
    assert.notEqual(value.subprocessors[0]!.entity, 'Bar');
    assert.deepEqual([value.subprocessors[1]!.name, value.subprocessors[1]!.entity], ['Acme', 'Acme (EU']);
  });
});
