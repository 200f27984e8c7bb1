/**
 * Scenes and their objects as the studio stores and shows them.
 * Object ids are ScanNet aggregation `objectId`s (SPEC §2); in per-point instance arrays the
 * value is objectId + 1 and 0 means "not part of any object".
 */
import type { Box } from './box';

export type Rgb = [number, number, number];

export interface Nyu40Class {
  id: number;
  name: string;
}

export interface SceneObject {
  id: number;
  label: string;
  /** NYU40 class when a label map was given or the label is an NYU40 name; null when unknown. */
  nyu40: Nyu40Class | null;
  /** Axis-aligned box of the object's points (yaw 0): the box ScanRefer's evaluation uses. Layout edits change it. */
  box: Box;
  /** Oriented box fitted to the object's points (yaw about +Z). */
  obb: Box;
  points: number;
  /** Mean colour of the object's points, 0–255 per channel. */
  color: Rgb;
}

export interface SceneSummary {
  id: string;
  points: number;
  objects: number;
}

/** Point data as typed arrays; travels as binary, never as JSON arrays. */
export interface PointCloud {
  /** x y z per point, interleaved, metres, axis-aligned scene frame. */
  positions: Float32Array;
  /** r g b per point, interleaved, 0–255. */
  colors: Uint8Array;
  /** Per point: objectId + 1, 0 for unannotated points. */
  instances: Uint16Array;
}

/** A scene as an importer (or the synthetic generator) hands it to the project store. */
export interface ImportedScene extends PointCloud {
  id: string;
  /** Where it came from (a folder or file path, or `synth:<seed>`), for the user's eyes. */
  source: string;
  objects: SceneObject[];
  /** Things the user should know that are not errors (e.g. "no axisAlignment: identity used"). */
  notices: string[];
}
