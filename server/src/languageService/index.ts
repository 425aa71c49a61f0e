/**
 * The language service: one module per editor feature, each a pure function over the engine's result for
 * one document version. Nothing here knows about the LSP connection; the server calls these and sends
 * their answers.
 */
export { toDiagnostic, toDiagnostics, DIAGNOSTIC_SOURCE } from './diagnostics';
export { completion, newEntrySnippet, type CompletionInput, type CompletionOptions } from './completion';
export { hover, type HoverInput } from './hover';
export { cursorContext, nodeAt, type CursorContext } from './yamlCursor';
