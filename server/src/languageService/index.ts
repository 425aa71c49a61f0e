/**
 * The language service: one module per editor feature, each a pure function over the engine's result for
 * one document version. Nothing here knows about the LSP connection; the server calls these and sends
 * their answers.
 */
export { reformatDiagnostics, toDiagnostic, toDiagnostics, DIAGNOSTIC_SOURCE } from './diagnostics';
export { codeActions, fixAllAction, CODE_ACTION_KINDS } from './codeActions';
export { fixesFor, fixAll, fixAllRounds, type Fix, type FixAllResult } from '../engine';
export { documentSymbols, tierLabel } from './symbols';
export { definition, references, prepareRename, rename, documentLinks, idSites } from './navigation';
export { tierHints } from './inlayHints';
export { inventorySummary, type InventorySummary } from './summary';
export { newSubprocessorInsertion } from './newEntry';
export { completion, newEntrySnippet } from './completion';
export { hover } from './hover';
export { cursorContext, nodeAt, type CursorContext } from './yamlCursor';
