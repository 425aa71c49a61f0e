/** Date arithmetic on ISO calendar dates (YYYY-MM-DD), in UTC, for rules that compare with today. */

function parse(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The answers for the dates last asked: rules ask per entry for the same few (today plus the warning period, an
 * entry's `periodEnd`), and a `Date` built, formatted and sliced each time was a visible part of an open. Bounded:
 * emptied when it holds more than `MEMO_SIZE` answers.
 */
const MEMO_SIZE = 4096;
function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= MEMO_SIZE) cache.clear();
    v = compute();
    cache.set(key, v);
  }
  return v;
}
const isoDates = new Map<string, boolean>();
const plusDays = new Map<string, string>();
const plusMonths = new Map<string, string>();

export function isIsoDate(s: unknown): s is string {
  return (
    typeof s === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(s) &&
    memo(isoDates, s, () => !Number.isNaN(parse(s).getTime()) && format(parse(s)) === s)
  );
}

export function addDays(iso: string, days: number): string {
  return memo(plusDays, `${iso}\0${days}`, () => {
    const d = parse(iso);
    d.setUTCDate(d.getUTCDate() + days);
    return format(d);
  });
}

/** `iso` plus `months` calendar months; the 31st of a shorter month becomes its last day. */
export function addMonths(iso: string, months: number): string {
  return memo(plusMonths, `${iso}\0${months}`, () => monthsLater(iso, months));
}

function monthsLater(iso: string, months: number): string {
  const d = parse(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return format(d);
}
