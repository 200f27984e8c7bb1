/** A tiny typed publish/subscribe for studio events; services publish, transports forward. */
import type { StudioEvent } from './events';

export type EventListener = (event: StudioEvent) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: StudioEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
