/**
 * `toDiagnostics` re-uses the diagnostics of findings an edit did not touch (moved copies included): after
 * random edits, each list must equal, diagnostic for diagnostic, what `toDiagnostic` makes afresh, with and
 * without related information, in English and in French.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateInventory, prng } from '../../bench/generate';
import { InventoryDocument } from '../../server/src/engine';
import { toDiagnostic, toDiagnostics } from '../../server/src/languageService';

const TODAY = '2026-11-26';
const BASE = 'https://example.test/docs/';
const URI = 'file:///cache/subprocessors.yaml';

/** The end of a random entry's `purpose` line. */
function purposeEnd(text: string, random: () => number): number {
  const ends: number[] = [];
  for (let i = text.indexOf('\n    purpose: '); i >= 0; i = text.indexOf('\n    purpose: ', i + 1)) ends.push(text.indexOf('\n', i + 1));
  return ends[Math.floor(random() * ends.length)];
}

test('kept diagnostics equal fresh ones after random edits (same line, new lines, deleted lines)', () => {
  const random = prng(27);
  let text = generateInventory({ entries: 40, seed: 27, findingRate: 0.5 });
  const doc = new InventoryDocument(text, { today: TODAY });
  let incremental = 0;
  let reused = 0;
  let previous = new Set<object>();
  for (let k = 0; k < 120; k++) {
    const at = purposeEnd(text, random);
    const choice = random();
    if (choice < 0.4)
      text = `${text.slice(0, at)}s${text.slice(at)}`; // a keystroke
    else if (choice < 0.6)
      text = text.slice(0, at - 1) + text.slice(at); // a deletion
    else if (choice < 0.8)
      text = `${text.slice(0, at)}\n    # note${text.slice(at)}`; // a new line
    else if (text.includes('\n    # note'))
      text = text.replace('\n    # note', ''); // a line deleted
    else text = `${text.slice(0, at)}\n\n${text.slice(at)}`;
    const result = doc.setText(text);
    if (doc.lastUpdate === 'incremental') incremental++;
    // One language and URI per finding are kept: the others every tenth edit (each then makes them afresh).
    const variants =
      k % 10 === 9
        ? ([
            ['en', undefined],
            ['fr', URI],
            ['en', URI],
          ] as const)
        : ([['en', URI]] as const);
    for (const [lang, uri] of variants) {
      const kept = toDiagnostics(result.findings, result.parsed.lines, BASE, lang, uri);
      const fresh = result.findings.map((f) => toDiagnostic(f, result.parsed.lines, BASE, lang, uri));
      assert.deepEqual(kept, fresh, `edit ${k} at ${at}, ${lang}, ${uri ? 'with' : 'without'} related information`);
      if (lang === 'en' && uri) {
        reused += kept.filter((d) => previous.has(d)).length;
        previous = new Set(kept);
      }
    }
  }
  // The test must exercise the re-use, not only fresh diagnostics.
  assert.ok(incremental > 60, `incremental updates: ${incremental}`);
  assert.ok(reused > 0, `diagnostics re-used: ${reused}`);
});
