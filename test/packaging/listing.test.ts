/**
 * The Marketplace listing shows the e2e screenshots (problems, hover, quick fix, preview, French). Without a
 * `repository` vsce accepts only https images, so the listing names them by absolute URLs on unpkg.com, out of
 * the npm package at package.json's version; both artefacts ship them. Checked on the listing as packaged
 * (the .vsix's extension/readme.md, what the Marketplace shows), against the file lists of both artefacts.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';
import { manifest, packNpm, packVsix, readVsixEntry, vsixEntries } from './artefacts';

/** The images a Markdown text shows: `![alt](src)` and `<img src="…">`, with their alternative text. */
function imagesOf(markdown: string): { alt: string; src: string }[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '');
  return [
    ...[...prose.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({ alt: m[1]!, src: m[2]! })),
    ...[...prose.matchAll(/<img\b[^>]*>/g)].map((m) => ({
      alt: /\balt=["']([^"']*)/.exec(m[0])?.[1] ?? '',
      src: /\bsrc=["']([^"']+)/.exec(m[0])?.[1] ?? '',
    })),
  ];
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the Marketplace listing's screenshots", () => {
  let dir: string;
  let listing: string;
  let vsixFiles: string[];
  let npmFiles: string[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-listing-'));
    const vsix = packVsix(dir);
    vsixFiles = vsixEntries(vsix);
    listing = readVsixEntry(vsix, 'extension/readme.md');
    npmFiles = packNpm(dir).files;
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('are https URLs on unpkg.com, of the npm package at the version of package.json, and ship in the npm package and the .vsix', () => {
    const images = imagesOf(listing);
    const prefix = `https://unpkg.com/${manifest.name}@${manifest.version}/`;
    const paths = images.map(({ src }) => {
      assert.ok(src.startsWith(prefix), `${src}: not ${prefix}…`);
      return src.slice(prefix.length);
    });
    // Problems, hover, quick fix, preview, French.
    assert.deepEqual(paths.map((p) => path.basename(p, '.png')).sort(), ['french', 'hover', 'preview', 'problems', 'quick-fix']);
    for (const { alt, src } of images) assert.ok(alt.trim().length > 20, `${src}: an image needs a real alternative text`);
    for (const p of paths) {
      assert.ok(npmFiles.includes(p), `${p} is not in the npm package`);
      assert.ok(vsixFiles.includes(`extension/${p}`), `${p} is not in the .vsix`);
    }
  });

  test('are optimised: PNGs no wider than 1600 pixels, under 150 KB each', () => {
    const shots = npmFiles.filter((f) => f.startsWith('images/'));
    assert.ok(shots.length >= 5, shots.join());
    for (const shot of shots) {
      const file = path.join(REPO_ROOT, shot);
      const { width, height } = pngSize(file);
      assert.ok(width >= 800 && width <= 1600 && height <= 1200, `${shot}: ${width}×${height}`);
      const size = fs.statSync(file).size;
      assert.ok(size < 150 * 1024, `${shot}: ${size} bytes`);
    }
  });

  test('the packaged listing is docs/marketplace/README.md, its images untouched by vsce', () => {
    const source = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'marketplace', 'README.md'), 'utf8');
    assert.deepEqual(imagesOf(listing), imagesOf(source));
    assert.ok(imagesOf(source).length > 0);
  });
});
