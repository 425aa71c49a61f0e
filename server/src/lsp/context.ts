/** What the server offers each feature's handlers: the documents and the engine's result per version. */
import type { Connection, InitializeParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../engine';
import type { Lang } from '../knowledge';
import type { ServerSettings } from './settings';

export interface ServerContext {
  readonly connection: Connection;
  /** The documents open in the client. */
  readonly documents: TextDocuments<TextDocument>;
  /** The engine's result for the current version of an inventory (open or on disk), computed once per version. */
  analyze(uri: string): LintResult | undefined;
  /** The current text and version (-1 for a file known only from disk). */
  textOf(uri: string): { text: string; version: number } | undefined;
  isInventoryUri(uri: string, languageId?: string): boolean;
  settings(): ServerSettings;
  /** Every inventory the server knows (open or found in the workspace). */
  inventoryUris(): string[];
  /** Re-checks and re-publishes an inventory soon. */
  revalidate(uri: string): void;
  /** Today (YYYY-MM-DD): the one the client set for tests, else the current UTC date. */
  today(): string;
  /** The language of what the user reads (the client's display language, English by default). */
  lang(): Lang;
  /** The folder URL of the rule pages, ending in `/`. */
  docsBase(): string;
}

/**
 * An LSP feature: the capabilities it announces and the handlers it registers. Handlers call the
 * language service; they do not compute answers themselves.
 */
export interface FeatureModule {
  capabilities(params: InitializeParams): ServerCapabilities;
  register(ctx: ServerContext): void;
}
