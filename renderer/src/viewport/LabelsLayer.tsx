/**
 * Object labels as plain DOM elements over the canvas. `LabelsOverlay` renders one element per
 * object; `LabelPlacer` (inside the canvas) projects each box's top each frame, decides which
 * labels fit without overlapping (selected, hovered and focused ones first) and positions them by
 * writing styles directly — no React state per frame.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, type RefObject } from 'react';
import { Vector3 } from 'three';
import type { SceneObject } from '../../../common/domain/scene';
import { placeLabels, type LabelCandidate } from './label-placement';

export type LabelElements = Map<number, HTMLDivElement>;

export function LabelsOverlay({
  objects,
  selected,
  hovered,
  roleColors,
  elements,
}: {
  objects: readonly SceneObject[];
  selected: readonly number[];
  hovered: number | null;
  roleColors: ReadonlyMap<number, string>;
  elements: RefObject<LabelElements>;
}) {
  return (
    <div className="viewport-labels">
      {objects.map((object) => {
        const state = selected.includes(object.id)
          ? ' box-label--selected'
          : object.id === hovered
            ? ' box-label--hovered'
            : '';
        const role = roleColors.get(object.id);
        return (
          <div
            key={object.id}
            ref={(el) => {
              if (el) elements.current.set(object.id, el);
              else elements.current.delete(object.id);
            }}
            className={`box-label${state}`}
            data-object-id={object.id}
            style={{ display: 'none', borderColor: role }}
          >
            {object.label}
          </div>
        );
      })}
    </div>
  );
}

const anchor = new Vector3();

export function LabelPlacer({
  objects,
  priorities,
  elements,
}: {
  objects: readonly SceneObject[];
  /** Object id → extra priority (selected, hovered, focused). */
  priorities: ReadonlyMap<number, number>;
  elements: RefObject<LabelElements>;
}) {
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => invalidate(), [objects, priorities, invalidate]);

  useFrame(({ camera, size }) => {
    const candidates: LabelCandidate[] = [];
    const screen = new Map<number, { x: number; y: number }>();
    for (const object of objects) {
      const el = elements.current.get(object.id);
      if (!el) continue;
      const { center, size: dims } = object.box;
      anchor.set(center[0], center[1], center[2] + dims[2] / 2).project(camera);
      if (anchor.z > 1 || anchor.z < -1) continue; // behind the camera or beyond the far plane
      const x = ((anchor.x + 1) / 2) * size.width;
      const y = ((1 - anchor.y) / 2) * size.height - 4;
      screen.set(object.id, { x, y });
      const volume = dims[0] * dims[1] * dims[2];
      // Larger objects first among equals: they orient the reader; ties by id keep it stable.
      const priority = (priorities.get(object.id) ?? 0) * 1000 + Math.min(999, volume * 100) - object.id * 1e-6;
      candidates.push({
        id: object.id,
        x,
        y,
        width: el.offsetWidth || object.label.length * 7 + 12,
        height: el.offsetHeight || 18,
        priority,
      });
    }
    const shown = placeLabels(candidates, size.width, size.height);
    for (const [id, el] of elements.current) {
      const at = screen.get(id);
      if (!at || !shown.has(id)) {
        if (el.style.display !== 'none') el.style.display = 'none';
        continue;
      }
      el.style.display = 'block';
      el.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px) translate(-50%, -100%)`;
    }
  });
  return null;
}
