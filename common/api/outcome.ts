/**
 * What crosses a transport for one call: a value or an error as data. Services may throw; the
 * dispatcher turns every failure into an `ApiError` so no transport ever carries an exception.
 */
export type ApiErrorCode =
  'invalid_input' | 'unknown_request' | 'not_found' | 'conflict' | 'bad_file' | 'cancelled' | 'unavailable' | 'failed';

export interface ApiIssue {
  /** Dotted path of the offending field in the request input, '' for the input itself. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  issues?: ApiIssue[];
}

export type CallOutcome<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services (and re-thrown by clients) to carry a specific error code. */
export class StudioError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[] | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: ApiIssue[]) {
    super(message);
    this.name = 'StudioError';
    this.code = code;
    this.issues = issues;
  }

  toApiError(): ApiError {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}
