/**
 * Every rule of the product, in the order their findings are listed at one place. To add a rule: write
 * `rules/<id>.ts` (metadata + check), its test `rules/<id>.test.ts`, its page `docs/rules/<id>.md`, and
 * list it here.
 */
import type { Rule } from '../rule';
import { duplicateId } from './duplicate-id';
import { duplicateKey } from './duplicate-key';
import { invalidValue } from './invalid-value';
import { missingField } from './missing-field';
import { placeholderValue } from './placeholder-value';
import { unknownField } from './unknown-field';
import { unknownReference } from './unknown-reference';
import { yamlSyntax } from './yaml-syntax';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  duplicateKey,
  missingField,
  unknownField,
  invalidValue,
  duplicateId,
  unknownReference,
  placeholderValue,
];

const byId = new Map(RULES.map((r) => [r.meta.id, r]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
