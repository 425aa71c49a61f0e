import type { Lang } from '../knowledge';

/** A size in bytes as `lang` writes it: `12 KB`, `1.5 MB`; `12 Ko`, `1,5 Mo`. */
export function formatSize(bytes: number, lang: Lang = 'en'): string {
  if (lang === 'fr')
    return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')}\u00a0Mo` : `${Math.ceil(bytes / 1024)}\u00a0Ko`;
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
