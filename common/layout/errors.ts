/**
 * The one error type of layout editing: a diff that does not fit the layout it is applied to, an
 * edit with an impossible value, or a history request about something that is not there. `code`
 * lets callers (API, CLI, UI) tell the cases apart without parsing messages.
 */
export type LayoutErrorCode =
  | 'missing-object'
  | 'duplicate-object'
  | 'mismatch'
  | 'invalid-value'
  | 'no-history'
  | 'unknown-entry'
  | 'unknown-checkpoint';

export class LayoutError extends Error {
  readonly code: LayoutErrorCode;
  /** The object the problem is about, when there is one. */
  readonly objectId: number | undefined;

  constructor(code: LayoutErrorCode, message: string, objectId?: number) {
    super(message);
    this.name = 'LayoutError';
    this.code = code;
    this.objectId = objectId;
  }
}
