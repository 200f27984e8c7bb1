/**
 * A dispatcher over stand-in handlers, for transport tests: each handler records its input and
 * returns something recognisable, so a test sees exactly what crossed the transport.
 */
import { requestNames, type RequestName } from '../../common/api/contract';
import { createDispatch, type Handlers } from '../../common/api/dispatch';
import { EventHub } from '../../common/api/event-hub';

export function createFakeStudio(overrides: Partial<Handlers> = {}) {
  const calls: { name: RequestName; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    requestNames.map((name) => [
      name,
      (input: unknown, context: Parameters<Handlers[RequestName]>[1]) => {
        calls.push({ name, input });
        const override = overrides[name] as ((i: unknown, c: typeof context) => unknown) | undefined;
        return override ? override(input, context) : { handled: name };
      },
    ]),
  ) as unknown as Handlers;
  const events = new EventHub();
  return { handlers, dispatch: createDispatch(handlers), events, calls };
}
