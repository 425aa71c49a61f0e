/**
 * The custom requests and commands between the extension and the language server, typed once here and
 * imported by both (`client/src` and `server/src/lsp`). Only types and method names: no logic.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Lang } from './lang';

export type { Lang } from './lang';

type PageFormat = 'html' | 'markdown';

export interface UriParams {
  uri: string;
}

/** Counts of problems and of entries per tier, for the status bar. */
export interface InventorySummary {
  errors: number;
  warnings: number;
  infos: number;
  entries: number;
  /** Entries per tier of the policy: `tiers[0]` is tier 1. */
  tiers: number[];
  /** In-scope entries that fit no tier, their deciding facts known. */
  noTier: number;
  /** Entries whose tier is not known: a deciding fact is `unknown`, or a listed place is no known code (`tierStatus`). */
  tierUnknown: number;
  outOfScope: number;
}

export interface RenderPageParams extends UriParams {
  format?: PageFormat;
  /** Absent: the inventory's first language the page speaks, else English. */
  lang?: Lang;
}

export interface RenderedPage {
  format: PageFormat;
  lang: Lang;
  text: string;
}

/** Where a new entry goes (LSP position) and the snippet to insert there. */
export interface NewSubprocessorInsertion {
  position: { line: number; character: number };
  snippet: string;
}

export const SummaryRequest = new RequestType<UriParams, InventorySummary | null, void>('subprocessors/summary');
export const RenderPageRequest = new RequestType<RenderPageParams, RenderedPage | null, void>('subprocessors/renderPage');
export const NewSubprocessorRequest = new RequestType<UriParams, NewSubprocessorInsertion | null, void>('subprocessors/newSubprocessor');

/** `workspace/executeCommand` with the document URI as its one argument: applies fix all through `workspace/applyEdit`. */
export const APPLY_FIX_ALL_COMMAND = 'subprocessors.applyFixAll';

export interface ApplyFixAllResult {
  applied: boolean;
  title?: string;
  fixes?: number;
}

/** A page a company publishes (its text and file name, which tells the format), to import as an inventory. */
export interface ImportPageParams {
  text: string;
  fileName: string;
  organization?: string;
}

export interface ImportedInventory {
  yaml: string;
  entries: number;
}

/** The page's text to an inventory, by the same reader as `subproc import`; a page it cannot read is an error whose message names the line. */
export const ImportPageRequest = new RequestType<ImportPageParams, ImportedInventory, void>('subprocessors/importPage');

/** The text of a new inventory: every fact `unknown` until the user writes it. */
export const StarterInventoryRequest = new RequestType0<{ text: string }, void>('subprocessors/starterInventory');

/**
 * The display language changed (`locale` as in `initialize`: `fr`, `fr-CA`, `en-US`...): the server writes its
 * diagnostics, hovers and fix titles in it from then on, re-formatting the results it has; it checks nothing again.
 */
interface SetLanguageParams {
  locale: string;
}

export const SetLanguageNotification = new NotificationType<SetLanguageParams>('subprocessors/setLanguage');
