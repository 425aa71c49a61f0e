/**
 * Which policy an inventory uses: the file its `policy:` key names (relative to the inventory, and never
 * outside its workspace folder), a file the user names (`subproc check --policy`), or the built-in default.
 * I/O-free: the caller passes a reader (the server reads open documents and the disk, the CLI the disk).
 * A policy that cannot be used falls back to the default, and the inventory gets one `policy-invalid`
 * finding on its `policy:` value saying why.
 */
import * as path from 'node:path';
import { lintParsed, type LintOptions, type LintResult } from './lint';
import { isPlainObject } from './model';
import { parseYaml, type ParsedYaml } from './parse';
import { DEFAULT_POLICY, type Policy } from './policy';
import { lintPolicyText } from './policyFile';
import type { PolicyProblem } from './rule';

/** The text of a policy file at an absolute path, or undefined when it cannot be read. */
type PolicyReader = (absolutePath: string) => string | undefined;

export interface PolicyLocation {
  /** Absolute path of the inventory file; undefined for an unsaved document. */
  inventoryPath?: string;
  /** The folder a `policy:` path must stay inside (the workspace folder); default: the inventory's folder. */
  root?: string;
  /**
   * Where the search for a policy beside the inventory stops, inside `root`: the repository's root when it is
   * nearer to the inventory than `root` (default: `root`).
   */
  searchRoot?: string;
  /** An absolute policy path chosen by the user (it replaces `policy:` and is not confined to `root`). */
  override?: string;
  /** The editor reads no files (the web build): a `policy:` file cannot be read, and that is said as such. */
  noFiles?: boolean;
  read: PolicyReader;
}

interface ResolvedPolicy {
  policy: Policy;
  /** Absolute path of the policy file the inventory names (even when it could not be used). */
  policyPath?: string;
  problem?: PolicyProblem;
}

const POLICY_EXTENSION = /\.ya?ml$/i;

/** Whether `target` is `root` or inside it (lexically; readers also check where links lead). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** `policy: builtin`: the inventory adopts the built-in default policy by name (its criteria are then published). */
const BUILTIN_POLICY = 'builtin';

/**
 * Whether an inventory adopts a policy, and so publishes selection criteria: it names one (`policy:`, or
 * `builtin`), a policy file was found beside it, or the user chose one. An inventory that says nothing of a
 * policy (an imported page) is still checked with the built-in one, but its page states no criteria of it.
 */
export function adoptsPolicy(result: { parsed?: ParsedYaml; policyPath?: string; model?: { value?: unknown } }): boolean {
  const value = result.model?.value ?? result.parsed?.value;
  const ref = isPlainObject(value) && typeof value.policy === 'string' ? value.policy.trim() : '';
  return result.policyPath !== undefined || ref !== '';
}

/** The `policy:` value of an inventory, if it is a non-empty string. */
function policyRef(parsed: ParsedYaml): string | undefined {
  const v = isPlainObject(parsed.value) ? parsed.value.policy : undefined;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function resolveInventoryPolicy(parsed: ParsedYaml, where: PolicyLocation): ResolvedPolicy {
  const fallback = (problem: PolicyProblem, policyPath?: string): ResolvedPolicy => ({ policy: DEFAULT_POLICY, policyPath, problem });
  if (where.override) return load(where.override, where.override, where.read);
  const ref = policyRef(parsed);
  if (ref === undefined) return nearbyPolicy(where);
  if (ref === BUILTIN_POLICY) return { policy: DEFAULT_POLICY };
  if (where.noFiles) return fallback({ messageId: 'noFiles', data: { policy: ref, reason: 'no-files' } });
  if (!where.inventoryPath) {
    return fallback({ messageId: 'unsaved', data: { policy: ref, reason: 'unsaved' } });
  }
  const dir = path.dirname(where.inventoryPath);
  const root = where.root ?? dir;
  const target = path.resolve(dir, ref);
  if (!isInside(root, target)) {
    return fallback({ messageId: 'outside', data: { policy: ref, reason: 'outside', root } });
  }
  if (!POLICY_EXTENSION.test(target)) {
    return fallback({ messageId: 'notYaml', data: { policy: ref, reason: 'not-yaml' } }, target);
  }
  return load(ref, target, where.read);
}

/** The names a policy file beside an inventory may have. */
const POLICY_FILE_NAMES = ['subprocessor-policy.yaml', 'subprocessor-policy.yml'];

/**
 * An inventory without `policy:` uses the `subprocessor-policy.yaml` of its folder, or else of the nearest
 * parent folder, up to the repository's root (the folder holding `.git`) or the workspace folder, whichever is
 * nearer: the way ESLint, yamllint or markdownlint-cli2 find their configuration. None: the built-in policy.
 */
function nearbyPolicy(where: PolicyLocation): ResolvedPolicy {
  if (!where.inventoryPath) return { policy: DEFAULT_POLICY };
  const outer = where.root ?? path.dirname(where.inventoryPath);
  const root = where.searchRoot && isInside(outer, where.searchRoot) ? where.searchRoot : outer;
  for (let dir = path.dirname(where.inventoryPath); isInside(root, dir); dir = path.dirname(dir)) {
    for (const name of POLICY_FILE_NAMES) {
      const target = path.join(dir, name);
      if (where.read(target) !== undefined)
        return load(path.relative(path.dirname(where.inventoryPath), target) || name, target, where.read);
    }
    if (dir === root || path.dirname(dir) === dir) break;
  }
  return { policy: DEFAULT_POLICY };
}

function load(ref: string, target: string, read: PolicyReader): ResolvedPolicy {
  const text = read(target);
  if (text === undefined) {
    return {
      policy: DEFAULT_POLICY,
      policyPath: target,
      problem: { messageId: 'notFound', data: { policy: ref, path: target, reason: 'not-found' } },
    };
  }
  const file = lintPolicyText(text);
  if (!file.policy) {
    const errors = file.findings.filter((f) => f.severity === 'error');
    const first = errors[0];
    const line = first ? file.parsed.lines.positionAt(first.range.start).line + 1 : 0;
    return {
      policy: DEFAULT_POLICY,
      policyPath: target,
      problem: {
        messageId: 'invalid',
        data: {
          policy: ref,
          path: target,
          reason: 'invalid',
          errors: errors.length,
          line,
          first: first && { fact: 'finding', ruleId: first.ruleId, messageId: first.messageId, data: first.data },
        },
      },
    };
  }
  return { policy: file.policy, policyPath: target };
}

/** Lints an inventory with the policy it names (or the override): the one entry point of the server and the CLI. */
export function lintInventory(
  text: string,
  where: PolicyLocation,
  options: Omit<LintOptions, 'policy' | 'policyProblem' | 'policyPath'> = {},
): LintResult {
  const parsed = parseYaml(text);
  const resolved = resolveInventoryPolicy(parsed, where);
  return lintParsed(parsed, { ...options, policy: resolved.policy, policyProblem: resolved.problem, policyPath: resolved.policyPath });
}
