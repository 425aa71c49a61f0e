/**
 * Who can reach an entry's data, and under which law: the countries its data is stored in (`dataLocation`),
 * reached from (`access`: support, operations), and whose law governs the entity that holds it
 * (`entityCountry`, `parentCountry`), each judged once (`judgeCountry`): inside the EEA, under an adequacy
 * decision that takes in a commercial recipient, covered by one of the entry's transfers, or not covered.
 * Rules, hover and the published page all read this; none of them judges a country on its own.
 */
import { isEEA } from '../knowledge';
import { mapping, type EntryFields } from './fields';
import { entryCountries, isKnownLocation, judgeCountry, normalizeCountry, transferItems, type CountryJudgement } from './selection';

/** How a country can reach the data: storage, remote access, or the law the entity (or its parent) is under. */
export type Route = 'storage' | 'access' | 'entity' | 'parent';

export interface Destination extends CountryJudgement {
  country: string;
  routes: Route[];
  /** Inside the EEA (or the `EU` pseudo-location): no transfer under Chapter V. */
  eea: boolean;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A code written where a country is expected that the product does not know (`ZZ`), with how it was named. */
export interface UnknownPlace {
  code: string;
  routes: Route[];
}

/** Computed once per entry version and day: several rules and the hover ask for the same entry. */
const memo = new WeakMap<EntryFields, { today: string; value: Destination[]; unknown: UnknownPlace[] }>();

function reachOf(effective: EntryFields, today: string): { value: Destination[]; unknown: UnknownPlace[] } {
  const hit = memo.get(effective);
  if (hit && hit.today === today) return hit;
  const computed = computeDestinations(effective, today);
  memo.set(effective, { today, ...computed });
  return computed;
}

/**
 * Every country that can reach the entry's data, with how, and how it is covered; in the order first named. A code
 * the product does not know (`ZZ`) is none of them: nobody knows whether it is inside the EEA (`unknownPlaces`).
 */
export function destinations(effective: EntryFields, today: string): Destination[] {
  return reachOf(effective, today).value;
}

/** The codes the product does not know, where the entry names a country that can reach its data (`invalid-value`'s). */
export function unknownPlaces(effective: EntryFields, today: string): UnknownPlace[] {
  return reachOf(effective, today).unknown;
}

function computeDestinations(effective: EntryFields, today: string): { value: Destination[]; unknown: UnknownPlace[] } {
  const routes = new Map<string, Route[]>();
  const add = (code: string | undefined, route: Route) => {
    if (!code || code === 'unknown') return;
    const c = normalizeCountry(code);
    // A value that is no country code ("hello") is `invalid-value`'s: no country is reached through it. Nor is an
    // entity established `GLOBAL` (the schema wants a country there): data may be anywhere, an entity is somewhere.
    if (!/^(?:[A-Z]{2}|EU|GLOBAL)$/.test(c) || (c === 'GLOBAL' && (route === 'entity' || route === 'parent'))) return;
    const list = routes.get(c) ?? [];
    if (!list.includes(route)) list.push(route);
    routes.set(c, list);
  };
  for (const c of entryCountries(effective)) add(c, 'storage');
  for (const c of strings(mapping(effective, 'access')?.countries)) add(c, 'access');
  if (typeof effective.entityCountry === 'string') add(effective.entityCountry, 'entity');
  if (typeof effective.parentCountry === 'string') add(effective.parentCountry, 'parent');
  const items = transferItems(effective);
  const value: Destination[] = [];
  const unknown: UnknownPlace[] = [];
  for (const [country, r] of routes) {
    if (!isKnownLocation(country)) {
      unknown.push({ code: country, routes: r });
      continue;
    }
    const eea = country === 'EU' || (country !== 'GLOBAL' && isEEA(country));
    value.push({ country, routes: r, eea, ...(eea ? { covered: true } : judgeCountry(country, items, today)) });
  }
  return { value, unknown };
}
