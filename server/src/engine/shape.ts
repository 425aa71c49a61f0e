import { isPlainObject } from './model';

/** A mapping with neither `inventory` nor `subprocessors`: some other YAML file. */
export function isNotAnInventory(value: unknown): boolean {
  return isPlainObject(value) && !('inventory' in value) && !('subprocessors' in value);
}
