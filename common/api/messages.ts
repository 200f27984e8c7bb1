/** Messages of the web shell's WebSocket protocol (client ⇄ server), validated on arrival. */
import { z } from 'zod';
import type { StudioEvent } from './events';
import type { CallOutcome } from './outcome';

export const clientMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('call'),
    callId: z.string().min(1).max(100),
    method: z.string().max(200),
    input: z.unknown(),
  }),
  z.object({ type: z.literal('cancel'), callId: z.string().min(1).max(100) }),
]);

export type ClientMessage = z.infer<typeof clientMessage>;

export type ServerMessage =
  { type: 'result'; callId: string; outcome: CallOutcome } | { type: 'event'; event: StudioEvent };
