/**
 * Cancellation of an import: one error shape (name 'AbortError', like fetch and Node streams)
 * whichever step noticed the signal.
 */
export function abortError(): Error {
  const error = new Error('Import cancelled');
  error.name = 'AbortError';
  return error;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}
