/**
 * The shape every dataset codec shares: decoding returns the good records AND every bad one as an
 * InputError, so the caller can refuse the whole file or import with `--skip-invalid`.
 */
import type { AnnotationDraft } from '../../annotations/annotation';
import type { Aabb } from '../../geometry/box';
import type { InputError } from '../../domain/errors';

export interface DecodeResult {
  records: AnnotationDraft[];
  errors: InputError[];
}

/** What an encoder may ask the project for when a record alone does not hold it. */
export interface EncodeContext {
  /** The object's label, for formats that write names (ScanRefer object_name, ScanQA object_names). */
  objectLabel?: (sceneId: string, objectId: number) => string | undefined;
  /** The scene's bounds, for LL3DA box tokens. */
  sceneBounds?: (sceneId: string) => Aabb | undefined;
}

export interface DatasetCodec {
  /** Which records the format can write (e.g. ScanRefer holds grounding only); encode skips the rest. */
  canEncode(record: AnnotationDraft): boolean;
  decode(text: string, fileName: string): DecodeResult;
  encode(records: readonly AnnotationDraft[], context?: EncodeContext): string;
}
