/**
 * Server side of the contract, shared by both transports: validate the input with the request's
 * schema, run the handler, and turn every failure into an `ApiError`. Handlers never see invalid
 * input, and no exception ever crosses a transport.
 */
import type { z } from 'zod';
import { InputError } from '../domain/errors';
import { contract, isRequestName, type ParsedInput, type RequestName, type RequestResult } from './contract';
import { StudioError, type ApiError, type CallOutcome } from './outcome';

export interface CallContext {
  signal: AbortSignal;
  progress(fraction: number | null, message: string): void;
}

export type Handler<N extends RequestName> = (
  input: ParsedInput<N>,
  context: CallContext,
) => Promise<RequestResult<N>> | RequestResult<N>;

export type Handlers = { [N in RequestName]: Handler<N> };

export type Dispatch = (method: unknown, input: unknown, context: CallContext) => Promise<CallOutcome>;

export function createDispatch(handlers: Handlers, onUnexpected: (error: unknown) => void = () => {}): Dispatch {
  return async (method, input, context) => {
    if (!isRequestName(method)) {
      return failure({ code: 'unknown_request', message: `Unknown request ${JSON.stringify(method)}` });
    }
    const parsed = (contract[method].input as z.ZodType).safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
      return failure({ code: 'invalid_input', message: `Invalid input for ${method}: ${summary}`, issues });
    }
    try {
      const handler = handlers[method] as (input: unknown, context: CallContext) => unknown;
      const value = await handler(parsed.data, context);
      return { ok: true, value };
    } catch (error) {
      return failure(toApiError(error, context.signal, onUnexpected));
    }
  };
}

function failure(error: ApiError): CallOutcome {
  return { ok: false, error };
}

export function toApiError(error: unknown, signal: AbortSignal, onUnexpected: (error: unknown) => void): ApiError {
  if (error instanceof StudioError) return error.toApiError();
  if (error instanceof InputError) return { code: 'bad_file', message: error.message };
  if (signal.aborted || (error instanceof Error && error.name === 'AbortError')) {
    return { code: 'cancelled', message: 'Cancelled' };
  }
  onUnexpected(error);
  return { code: 'failed', message: error instanceof Error ? error.message : String(error) };
}
