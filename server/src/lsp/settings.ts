/** The server's settings: from the client's `subprocessors.*` configuration, else the defaults. */
import { DEFAULT_MAX_FILE_SIZE } from '../engine';

export interface ServerSettings {
  /** When to validate open documents: as you type (debounced) or on save. */
  validate: 'onType' | 'onSave';
  /** Debounce delay for `onType`, in milliseconds. */
  validationDelay: number;
  /** More globs (relative to a workspace folder) whose files are inventories. */
  files: string[];
  /** Base URL of the rule pages; empty = the copy shipped with the extension. */
  docsBaseUrl: string;
  /** Show each entry's tier inline, after its id. */
  tierHints: boolean;
  /** Files larger than this many bytes are not parsed; they get one diagnostic that says so. 0: no limit. */
  maxFileSize: number;
  /**
   * The workspace scan's memory budget, in MB: the text of closed inventories is kept (to re-check them without
   * reading the disk again) only while their total stays under it. Whatever the budget, a closed inventory keeps
   * only its findings and its text's hash, never its parsed document.
   */
  scanMemoryBudget: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  validate: 'onType',
  validationDelay: 200,
  files: [],
  docsBaseUrl: '',
  tierHints: true,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  // Sized for an editor of 2 GB: the closed inventories' text takes at most an eighth of it.
  scanMemoryBudget: 256,
};

export function mergeSettings(raw: unknown): ServerSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof ServerSettings, unknown>>;
  return {
    validate: r.validate === 'onSave' ? 'onSave' : 'onType',
    validationDelay:
      typeof r.validationDelay === 'number' && r.validationDelay >= 0
        ? Math.min(r.validationDelay, 5000)
        : DEFAULT_SETTINGS.validationDelay,
    files: Array.isArray(r.files) ? r.files.filter((f): f is string => typeof f === 'string') : [],
    docsBaseUrl: typeof r.docsBaseUrl === 'string' ? r.docsBaseUrl : '',
    tierHints: typeof r.tierHints === 'boolean' ? r.tierHints : DEFAULT_SETTINGS.tierHints,
    maxFileSize:
      typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize >= 0
        ? r.maxFileSize
        : DEFAULT_SETTINGS.maxFileSize,
    scanMemoryBudget:
      typeof r.scanMemoryBudget === 'number' && Number.isFinite(r.scanMemoryBudget) && r.scanMemoryBudget >= 0
        ? r.scanMemoryBudget
        : DEFAULT_SETTINGS.scanMemoryBudget,
  };
}
