/**
 * The dataset formats by name, as the CLI's `--format` spells them. SQA3D reads two files at once,
 * so it has its own entry points (`decodeSqa3dFiles`, `encodeSqa3d`).
 */
import type { DatasetCodec } from './codec';
import { modleJsonCodec, modleJsonlCodec } from './modle';
import { nr3dCodec, sr3dCodec } from './referit3d';
import { scanQaCodec } from './scanqa';
import { scanReferCodec } from './scanrefer';
import { ll3daCodec } from './ll3da';

export const DATASET_CODECS = {
  modle: modleJsonCodec,
  'modle-jsonl': modleJsonlCodec,
  scanrefer: scanReferCodec,
  scanqa: scanQaCodec,
  nr3d: nr3dCodec,
  sr3d: sr3dCodec,
  ll3da: ll3daCodec,
} as const satisfies Record<string, DatasetCodec>;

export type SingleFileFormat = keyof typeof DATASET_CODECS;

/** `--format modle` reads both MODLE forms: JSONL by its extension or by not starting with `[`. */
export function modleCodecFor(fileName: string, text: string): DatasetCodec {
  return fileName.toLowerCase().endsWith('.jsonl') || !text.trimStart().startsWith('[')
    ? modleJsonlCodec
    : modleJsonCodec;
}

export type { DatasetCodec, DecodeResult, EncodeContext } from './codec';
export { decodeSqa3d, decodeSqa3dFiles, encodeSqa3d, canEncodeSqa3d, type TextFile } from './sqa3d';
export { encodeBoxToken, decodeBoxTokens, type DecodedBoxToken } from './box-tokens';
export { parseStimulusId, formatStimulusId, type StimulusId } from './stimulus-id';
