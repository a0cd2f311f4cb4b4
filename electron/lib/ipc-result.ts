/**
 * The envelope every IPC answer travels in. Handlers never let an exception cross the bridge:
 * Electron would forward its message (and with it file paths or stack details) to the page,
 * so failures become a small, structured `IpcError` instead.
 */

/** Why a request was refused. */
export type IpcErrorCode = 'untrusted-sender' | 'invalid-payload' | 'failed';

/** One problem found in a payload, as safe to show as the payload itself. */
export interface IpcIssue {
  readonly path: string;
  readonly message: string;
}

/** A refused or failed request. */
export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
  readonly issues?: readonly IpcIssue[];
}

/** What an IPC handler answers. */
export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/**
 * Turns an answer back into a value, or throws an `Error` naming the refusal.
 * Anything that is not an `IpcResult` counts as a failure too: the renderer must not trust
 * a shape it did not expect.
 */
export function unwrapIpcResult(result: unknown): unknown {
  if (typeof result !== 'object' || result === null || !('ok' in result)) {
    throw new Error('failed: malformed answer from the desktop shell');
  }
  if (result.ok === true) return 'value' in result ? result.value : undefined;
  const error = 'error' in result ? (result.error as Partial<IpcError> | undefined) : undefined;
  const code = typeof error?.code === 'string' ? error.code : 'failed';
  const message = typeof error?.message === 'string' ? error.message : 'request failed';
  throw new Error(`${code}: ${message}`);
}
