/** Which files are inventories and policies, by name (more globs come from the `subprocessors.files` setting). */

const INVENTORY_NAME = /^(?:.+\.)?subprocessors\.ya?ml$/i;
const POLICY_NAME = /^subprocessor-policy\.ya?ml$/i;

function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1];
}

export function isInventoryFileName(p: string): boolean {
  return INVENTORY_NAME.test(baseName(p));
}

export function isPolicyFileName(p: string): boolean {
  return POLICY_NAME.test(baseName(p));
}
