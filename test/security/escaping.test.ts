/**
 * Every writer escapes what it writes: a corpus of hostile strings is put, one at a time, into every text
 * field of an inventory, and every output format is checked to keep its structure (the same Markdown blocks
 * and HTML elements as with a plain value, valid XML and JSON, no line that starts a workflow command, no
 * control character, no link or image in a hover). `engine/escape.ts` is the one escaping module.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import MarkdownIt from 'markdown-it';
import { isPlaceholder, lintText } from '../../server/src/engine';
import { hover } from '../../server/src/languageService';
import { renderPage } from '../../server/src/publish/render';
import { cli } from '../support/runCli';

const TODAY = '2026-11-26';
/** Pages and notices: CommonMark (a bare URL may be autolinked by some renderers: it is the inventory's own text). */
const md = new MarkdownIt();
/** Hovers: with autolinks too, none of which may come from a value. */
const mdLinkify = new MarkdownIt({ linkify: true });

/** Strings that have broken some output format somewhere. */
export const HOSTILE_STRINGS = [
  'x\n::error file=.github/workflows/a.yml,line=1::pwned\n::stop-commands::tok',
  '::warning::at the start',
  'x\r\r# Heading after lone CRs',
  'x\r\n---\r\n- a list item',
  'x\n\n1. ordered\n2. list',
  '<img src=x onerror=alert(1)>',
  '"\'><script>alert(1)</script>',
  '[Verify your account](https://evil.example/login) ![](https://evil.example/pixel.png)',
  'https://evil.example www.evil.example mail@evil.example',
  '**bold** _em_ `code` ~~strike~~ | table | cell |',
  '# heading',
  '    indented code',
  '```\nfenced\n```',
  '~~~',
  '===',
  '&amp; &lt;b&gt; &#x3C;',
  ']]> <![CDATA[x]]> <!-- comment -->',
  'a\u0000b\u0007c\u001b[31mred\u001b[0m\u007f\u0085',
  '\u202Eevil\u202C \u2066isolate\u2069',
  'line\u2028separator\u2029paragraph',
  '%0A::error::encoded',
  '\\',
  '\t\ttabs',
];

/** The text fields an inventory's writers print, as YAML paths in the template below. */
const FIELDS = ['ORG', 'NAME', 'ENTITY', 'PURPOSE', 'NOTE', 'DESCRIPTION', 'AUTH', 'RATIONALE', 'LOCNOTE', 'SAFEGUARD', 'DATE'];

function inventoryWith(field: string, value: string): string {
  const v = (f: string, plain: string) => (f === field ? JSON.stringify(value) : plain);
  return [
    'inventory:',
    `  organization: ${v('ORG', 'Example SAS')}`,
    '  contact: privacy@example.com',
    `  lastUpdated: ${v('DATE', '2026-06-01')}`,
    'safeguards:',
    `  transfers: ${v('SAFEGUARD', 'Standard Contractual Clauses where applicable')}`,
    'subprocessors:',
    '  - id: acme',
    `    name: ${v('NAME', 'Acme Cloud')}`,
    `    entity: ${v('ENTITY', 'Acme, Inc.')}`,
    `    purpose: ${v('PURPOSE', 'Hosting')}`,
    `    dataLocation: { countries: [US], note: ${v('LOCNOTE', 'us-east-1')} }`,
    `    personalData: { level: yes, description: ${v('DESCRIPTION', 'account data')} }`,
    '    certifications: [soc2-type2]',
    '    dpa: { type: dpa }',
    `    serviceAuthentication: ${v('AUTH', 'API keys')}`,
    '    administrationAuthentication: { method: SSO, mfa: [sms] }',
    '    serviceAccessControl: Scoped tokens',
    '    administrationAccessControl: Roles',
    '    criticality: high',
    `    selectionRationale: ${v('RATIONALE', 'The only provider')}`,
    `    note: ${v('NOTE', 'Reviewed')}`,
    '',
  ].join('\n');
}

/** The Markdown's block structure (token types and tags), and what must never come from a value. */
function markdownShape(text: string, parser = md): { blocks: string[]; forbidden: string[] } {
  const tokens = parser.parse(text, {});
  const inline = tokens.flatMap((t) => t.children ?? []);
  return {
    blocks: tokens.filter((t) => t.type !== 'inline').map((t) => `${t.type}:${t.tag}`),
    forbidden: [...tokens, ...inline]
      .filter((t) => ['html_block', 'html_inline', 'image', 'link_open'].includes(t.type))
      .map((t) => t.type),
  };
}

function htmlTags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[0]!);
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('escaping: hostile strings in every field, through every output format', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-escaping-'));
    fs.writeFileSync(path.join(dir, 'old.yaml'), inventoryWith('', ''));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /**
   * What a writer makes of a plain twin of the hostile string: the same line breaks (a note keeps one fact
   * per line, on purpose), every other character a letter. The hostile string must give the same structure.
   */
  async function shapes(field: string, value: string) {
    const text = inventoryWith(field, value);
    fs.writeFileSync(path.join(dir, 'new.yaml'), text);
    const result = lintText(text, { today: TODAY });
    const page = renderPage(result, { format: 'markdown', lang: 'en' });
    const html = renderPage(result, { format: 'html', lang: 'en' });
    const diff = await cli(['diff', 'old.yaml', 'new.yaml'], dir);
    return {
      text,
      result,
      page,
      html,
      diff,
      pageShape: markdownShape(page),
      htmlShape: htmlTags(html),
      diffShape: markdownShape(diff.stdout),
    };
  }

  for (const field of FIELDS) {
    test(`${field}: every format keeps its structure with each of ${HOSTILE_STRINGS.length} hostile strings`, async () => {
      for (const hostile of HOSTILE_STRINGS) {
        const what = `${field} = ${JSON.stringify(hostile)}`;
        const twin = await shapes(field, hostile.replace(/[^\r\n\u2028\u2029]/g, 'a'));
        const { text, result, page, html, diff, pageShape, htmlShape, diffShape } = await shapes(field, hostile);

        // The published page, Markdown and HTML.
        assert.deepEqual(pageShape, twin.pageShape, `page Markdown, ${what}:\n${page}`);
        assert.doesNotMatch(page, CONTROL, what);
        assert.deepEqual(htmlShape, twin.htmlShape, `page HTML, ${what}`);
        assert.doesNotMatch(html, CONTROL, what);

        // The change notice: Markdown, JSON and Atom. A value that is wholly `<...>` is a placeholder: no notice is
        // printed from it (the refusal quotes it on one line, without control characters).
        if (isPlaceholder(hostile)) {
          assert.equal(diff.code, 2, what);
          assert.equal(diff.stdout, '', what);
          assert.doesNotMatch(diff.stderr.trimEnd(), /[\r\n]/, what);
        } else {
          assert.equal(diff.code, 0, `${what}: ${diff.stderr}`);
          assert.deepEqual(diffShape, twin.diffShape, `diff Markdown, ${what}:\n${diff.stdout}`);
          assert.doesNotMatch(diff.stdout, CONTROL, what);
          const atom = await cli(['diff', '--format', 'atom', 'old.yaml', 'new.yaml'], dir);
          assert.equal(XMLValidator.validate(atom.stdout), true, `Atom, ${what}`);
          for (const m of atom.stdout.matchAll(/<updated>([^<]*)<\/updated>/g)) assert.match(m[1]!, /^\d{4}-\d{2}-\d{2}T00:00:00Z$/, what);
          JSON.parse((await cli(['diff', '--format', 'json', 'old.yaml', 'new.yaml'], dir)).stdout);
        }

        // `check`: stylish and github lines, JSON and SARIF.
        const stylish = await cli(['check', '--today', TODAY, 'new.yaml'], dir);
        for (const line of stylish.stdout.split('\n')) {
          assert.doesNotMatch(line, /^\s*::/, `stylish, ${what}`);
          assert.doesNotMatch(line, CONTROL, `stylish, ${what}`);
        }
        const github = await cli(['check', '--today', TODAY, '--format', 'github', 'new.yaml'], dir);
        for (const line of github.stdout.split('\n').filter(Boolean))
          assert.match(line, /^::(error|warning|notice) file=[^\r]*::[^\r]*$/, `github, ${what}`);
        const count = JSON.parse((await cli(['check', '--today', TODAY, '--format', 'json', 'new.yaml'], dir)).stdout)[0].findings.length;
        const sarif = JSON.parse((await cli(['check', '--today', TODAY, '--format', 'sarif', 'new.yaml'], dir)).stdout);
        assert.equal(sarif.runs[0].results.length, count, what);
        assert.equal(
          stylish.stdout.split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l)).length,
          count,
          `one stylish line per finding, ${what}`,
        );

        // Hovers on the entry's id and on its name.
        for (const at of [text.indexOf('id: acme') + 5, text.indexOf('    name: ') + 11]) {
          const h = hover(
            { kind: 'inventory', parsed: result.parsed, result, docsBase: 'file:///docs/rules/' },
            result.parsed.lines.positionAt(at),
          );
          const value = (h?.contents as { value?: string } | undefined)?.value ?? '';
          assert.deepEqual(markdownShape(value, mdLinkify).forbidden, [], `hover, ${what}:\n${value}`);
        }
      }
    });
  }
});
