/**
 * The language service: one module per editor feature, each a pure function over the engine's result for
 * one document version. Nothing here knows about the LSP connection; the server calls these and sends
 * their answers.
 */
export { toDiagnostic, toDiagnostics, DIAGNOSTIC_SOURCE } from './diagnostics';
export { codeActions, fixAllAction, findingOf, FIX_ALL_KIND, CODE_ACTION_KINDS } from './codeActions';
export { fixesFor, fixAll, fixAllRounds, safeFixes, type Fix, type FixAllResult } from '../engine/fixes';
export { documentSymbols, tierLabel } from './symbols';
export { definition, references, prepareRename, rename, documentLinks, idSites } from './navigation';
export { tierHints } from './inlayHints';
export { inventorySummary, type InventorySummary } from './summary';
export { newSubprocessorInsertion } from './newEntry';
export { completion, newEntrySnippet, type CompletionInput, type CompletionOptions } from './completion';
export { hover, type HoverInput } from './hover';
export { cursorContext, nodeAt, type CursorContext } from './yamlCursor';
