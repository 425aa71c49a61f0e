/** Validation against the OASIS SARIF 2.1.0 schema (rtm.5, vendored under test/fixtures/sarif). */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from './runCli';

let validate: ReturnType<Ajv['compile']> | undefined;

/** The schema errors of a SARIF log (none: valid). */
export function validateSarif(log: unknown): string[] {
  if (!validate) {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The schema's `language` pattern is not valid with the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(schema);
  }
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
