/**
 * One scene as the generators see it: its objects, room, the ones templates may talk about
 * (not structural, not empty), and a referrer that caches each object's simplest unique phrase.
 */
import type { SceneObject } from '../domain/scene';
import { isStructural, roomFromObjects, type Room, type RoomInput } from '../placement';
import { Referrer } from './referring';
import type { ReferringExpression } from './expression';

export class SceneContext {
  readonly room: Room;
  readonly referrer: Referrer;
  /** Objects templates may name: not wall/floor/ceiling, with points and a volume. */
  readonly candidates: SceneObject[];
  readonly byId: Map<number, SceneObject>;
  private readonly references = new Map<number, ReferringExpression | null>();

  constructor(
    readonly sceneId: string,
    readonly objects: readonly SceneObject[],
    roomInput?: RoomInput,
  ) {
    this.room = roomFromObjects(objects, roomInput);
    this.referrer = new Referrer(objects);
    this.byId = new Map(objects.map((o) => [o.id, o]));
    this.candidates = objects
      .filter((o) => !isStructural(o.label) && o.points !== 0 && o.box.size.every((s) => s > 0))
      .sort((a, b) => a.id - b.id);
  }

  /** The simplest unique phrase for an object, or null (cached). */
  refer(id: number): ReferringExpression | null {
    if (!this.references.has(id)) this.references.set(id, this.referrer.referTo(id));
    return this.references.get(id)!;
  }

  /** Candidates that have a unique phrase. */
  referable(): SceneObject[] {
    return this.candidates.filter((o) => this.refer(o.id) !== null);
  }
}
