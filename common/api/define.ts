/**
 * The building block of the contract: a request is a zod schema for its input plus a phantom
 * result type, declared once and read by both transports, the client and the services.
 */
import type { z } from 'zod';

export interface RequestDef<Input extends z.ZodType, Result> {
  input: Input;
  /** Long jobs report progress events and can be cancelled. */
  long: boolean;
  /** Never set at run time: carries the result type for the type checker only. */
  readonly __result?: { value: Result };
}

/** `request<Result>()(inputSchema)` — the curried form lets `Input` be inferred while `Result` is given. */
export function request<Result>() {
  return <Input extends z.ZodType>(input: Input, options: { long?: boolean } = {}): RequestDef<Input, Result> => ({
    input,
    long: options.long ?? false,
  });
}
