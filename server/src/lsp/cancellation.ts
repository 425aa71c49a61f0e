/**
 * Cancelled requests stop their work. Every document request handler is wrapped by `cancellable`: a request
 * the client cancelled before it ran is answered with the LSP RequestCancelled error without any work, and
 * the handler checks again between its phases (`guard.checkpoint()`: after the analysis, per fix-all round).
 * A checkpoint yields to the event loop first, so that a `$/cancelRequest` that arrived meanwhile is seen;
 * and since an edit can arrive meanwhile too, a document whose version changed answers ContentModified, so
 * an answer computed for an old text never reaches the client.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { ServerContext } from './context';

export interface RequestGuard {
  /** Throws RequestCancelled when the client has cancelled the request. */
  check(): void;
  /** Lets pending messages in, then throws RequestCancelled (cancelled) or ContentModified (the document changed). */
  checkpoint(): Promise<void>;
  /** Runs work split in steps (a generator), with a checkpoint after each step; returns its result. */
  steps<T>(work: Generator<unknown, T, void>): Promise<T>;
}

function requestCancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

// setImmediate under Node (after pending I/O, so a `$/cancelRequest` is read); a zero timeout in a web worker.
const nextTurn = () =>
  new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/** A guard for one request: `version()` gives the current version of the document it is about (undefined: none). */
export function requestGuard(token: CancellationToken, version: () => number | undefined = () => undefined): RequestGuard {
  const startVersion = version();
  const guard: RequestGuard = {
    check() {
      if (token.isCancellationRequested) throw requestCancelled();
    },
    async checkpoint() {
      await nextTurn();
      guard.check();
      if (version() !== startVersion)
        throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while the request was being answered.');
    },
    async steps<T>(work: Generator<unknown, T, void>): Promise<T> {
      for (;;) {
        const step = work.next();
        if (step.done) return step.value;
        await guard.checkpoint();
      }
    },
  };
  return guard;
}

/**
 * Wraps a request handler so that it respects cancellation: checked before it runs, and at each of its
 * `guard` checkpoints. `uriOf` names the document the request is about (for the version check).
 */
export function cancellable<P, R>(
  ctx: Pick<ServerContext, 'textOf'>,
  uriOf: (params: NoInfer<P>) => unknown,
  handler: (params: P, guard: RequestGuard) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    const uri = uriOf(params);
    const guard = requestGuard(token, () => (typeof uri === 'string' ? ctx.textOf(uri)?.version : undefined));
    guard.check();
    return handler(params, guard);
  };
}
