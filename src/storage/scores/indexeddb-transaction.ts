/**
 * Promise-shaped IndexedDB transactions that still behave like transactions: the body chains its
 * requests through callbacks, and the promise settles only when the transaction completes.
 */
import { ScoresError } from './port.ts';

/** Object stores of the scores database. */
export type StoreName = 'profiles' | 'attempts' | 'meta';

/** The error for an IndexedDB failure (quota, blocked, aborted...). */
export function storageFailed(error: unknown): ScoresError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ScoresError('storage-failed', `Could not save or read scores: ${detail}`);
}

/** Lets a transaction body hand back a result or refuse (which aborts the transaction). */
export interface Control<T> {
  set(value: T): void;
  refuse(error: Error): void;
}

const refusers = new WeakMap<IDBTransaction, (error: Error) => void>();

/**
 * Runs `body` in one transaction; resolves with the value it set once the transaction has
 * completed, rejects if it aborted. Bodies chain requests through `onsuccess` callbacks, never
 * `await`, so the transaction cannot auto-commit half way.
 */
export function transact<T>(
  db: IDBDatabase,
  stores: readonly StoreName[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction, control: Control<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let result: T | undefined;
    let refusal: Error | undefined;
    let tx: IDBTransaction;
    try {
      tx = db.transaction([...stores], mode, { durability: 'strict' });
    } catch (error) {
      reject(storageFailed(error));
      return;
    }
    const control: Control<T> = {
      set: (value) => {
        result = value;
      },
      refuse: (error) => {
        refusal ??= error;
        try {
          tx.abort();
        } catch {
          // Already finished: nothing left to undo.
        }
      },
    };
    refusers.set(tx, control.refuse);
    tx.oncomplete = () => resolve(result as T);
    tx.onabort = () => reject(refusal ?? storageFailed(tx.error ?? 'transaction aborted'));
    try {
      body(tx, control);
    } catch (error) {
      control.refuse(error instanceof Error ? error : storageFailed(error));
    }
  });
}

/** Calls `then` with a request's result; several of these may run in one transaction. */
export function onSuccess<R>(request: IDBRequest<R>, then: (value: R) => void): void {
  request.onsuccess = () => {
    try {
      then(request.result);
    } catch (error) {
      // A throwing callback must abort the whole transaction, never let half of it commit.
      const refuse = request.transaction === null ? undefined : refusers.get(request.transaction);
      refuse?.(error instanceof Error ? error : storageFailed(error));
    }
  };
}
