/**
 * The engine's Node-only part: reading files (inventories, policies, rule pages) and walking folders. The
 * CLI and the Node language server import it; the web build never does (its bundle holds no Node built-in).
 */
export { docsPageMarkdown, shippedDocsBase } from './docs';
export { decodeUtf8, InputFileError, readTextFile, readTextFileSync } from './inputFile';
export { readPolicyFileSync } from './policyReader';
export { walkFiles } from './walk';
export { repositoryRoot } from './repoRoot';
