/**
 * The centre 3D view: a scene's points, its objects' boxes and labels, over a grid with an axes
 * gizmo; camera presets, picking, measurement, annotation focus and the transform gizmo. +Z is up
 * (SPEC §2). Renders on demand, not every frame. Each kind of thing drawn is its own layer file.
 */
import { useHotkeys } from '@mantine/hooks';
import { GizmoHelper, GizmoViewport, Grid } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { useCallback, useMemo, useRef } from 'react';
import { Object3D } from 'three';
import type { Box } from '../../../common/domain/box';
import type { SceneObject } from '../../../common/domain/scene';
import { boxAabb } from '../../../common/geometry/box';
import { useRequest } from '../api/StudioContext';
import { COLOR_MODES, POINT_SIZE_RANGE, useViewport, type Tool } from '../viewport-state/viewport-store';
import { CameraRig } from './CameraRig';
import { arrangeForDisplay, drawCount, STRUCTURE_LABELS } from './display-cloud';
import { FocusLayer, type ViewportFocus } from './FocusLayer';
import { LabelPlacer, LabelsOverlay, type LabelElements } from './LabelsLayer';
import { measure } from './measurement';
import { MeasureLine } from './MeasureLine';
import { ObjectBoxesLayer } from './ObjectBoxesLayer';
import { PickingController, type PickEvent } from './PickingController';
import { PointCloudLayer } from './PointCloudLayer';
import { BOX_COLORS, roleColor } from './roles';
import { TransformGizmo } from './TransformGizmo';
import { ViewportProbe } from './ViewportProbe';
import { ViewportToolbar } from './ViewportToolbar';
import { unionBounds } from './camera-framing';
import './viewport.css';

// Set before any camera is created so every camera and control treats +Z as up.
Object3D.DEFAULT_UP.set(0, 0, 1);

export type { ViewportFocus } from './FocusLayer';

export interface ViewportProps {
  sceneId: string | null;
  objects: SceneObject[];
  selected: number[];
  onSelect: (id: number | null, extend: boolean) => void;
  /** An annotation being shown: its referents by role, its distance line, its layout edit's ghost box. */
  focus?: ViewportFocus | undefined;
  /** Called once at the end of each gizmo drag with the object's new box. */
  onTransformCommit?: ((objectId: number, box: Box) => void) | undefined;
  /** More ghost boxes: the original layout of moved objects, an instruction's proposed box. */
  ghosts?: readonly Box[] | undefined;
}

const TOOL_KEYS: [string, Tool][] = [
  ['Q', 'select'],
  ['M', 'measure'],
  ['W', 'move'],
  ['E', 'rotate'],
  ['S', 'resize'],
];

/** False during a gizmo drag and for a moment after it, so the release is not taken as a click. */
function gizmoIdle(): boolean {
  const { dragging, dragEndedAt } = useViewport.getState();
  return dragging === null && performance.now() - dragEndedAt > 150;
}

export function Viewport({ sceneId, objects, selected, onSelect, focus, onTransformCommit, ghosts }: ViewportProps) {
  const v = useViewport();
  const points = useRequest(
    'scene.points',
    sceneId ? { sceneId, lod: v.fullDetail ? 0 : 1 } : null,
    `points:${sceneId}:${v.fullDetail ? 0 : 1}`,
  );
  const shown = useMemo(() => objects.filter((o) => !STRUCTURE_LABELS.has(o.label) && o.points > 0), [objects]);
  const cloud = useMemo(
    () => (points.data ? arrangeForDisplay(points.data, objects) : undefined),
    [points.data, objects],
  );
  const labelElements = useRef<LabelElements>(new Map());

  const roleColors = useMemo(() => {
    const colors = new Map<number, string>();
    const roles = [...new Set(focus?.referents.map((r) => r.role) ?? [])];
    for (const r of focus?.referents ?? []) colors.set(r.id, roleColor(r.role, roles));
    for (const end of v.measure) if (end.kind === 'object') colors.set(end.objectId, BOX_COLORS.measure);
    return colors;
  }, [focus, v.measure]);
  const priorities = useMemo(() => {
    const p = new Map<number, number>();
    for (const id of roleColors.keys()) p.set(id, 1);
    if (v.hovered !== null) p.set(v.hovered, 2);
    for (const id of selected) p.set(id, 3);
    return p;
  }, [roleColors, v.hovered, selected]);

  const sceneBounds = useMemo(() => {
    const all = unionBounds(objects.map((o) => boxAabb(o.box)));
    return all;
  }, [objects]);
  const selectionBounds = useMemo(
    () => unionBounds(objects.filter((o) => selected.includes(o.id)).map((o) => boxAabb(o.box))),
    [objects, selected],
  );

  const onPick = useCallback(
    ({ hit, shiftKey, altKey }: PickEvent) => {
      const { tool, addMeasureEnd } = useViewport.getState();
      if (tool === 'measure') {
        if (!hit) return;
        addMeasureEnd(altKey ? { kind: 'point', point: hit.point } : { kind: 'object', objectId: hit.objectId });
        return;
      }
      onSelect(hit?.objectId ?? null, shiftKey);
    },
    [onSelect],
  );

  useHotkeys([
    ['1', () => v.set({ preset: 'perspective' })],
    ['2', () => v.set({ preset: 'top' })],
    ['3', () => v.set({ preset: 'front' })],
    ['4', () => v.set({ preset: 'side' })],
    ['F', () => v.requestCamera('frame')],
    ['Home', () => v.requestCamera('reset')],
    ['N', () => v.set({ snapping: !v.snapping })],
    ['C', () => v.set({ colorMode: COLOR_MODES[(COLOR_MODES.indexOf(v.colorMode) + 1) % COLOR_MODES.length]! })],
    ['V', () => v.set({ structure: v.structure === 'show' ? 'dim' : v.structure === 'dim' ? 'hide' : 'show' })],
    ['BracketLeft', () => v.set({ pointSize: Math.max(POINT_SIZE_RANGE.min, v.pointSize - POINT_SIZE_RANGE.step) })],
    ['BracketRight', () => v.set({ pointSize: Math.min(POINT_SIZE_RANGE.max, v.pointSize + POINT_SIZE_RANGE.step) })],
    ['Escape', () => v.clearMeasure()],
    ...TOOL_KEYS.map(([key, tool]): [string, () => void] => [key, () => v.setTool(tool)]),
  ]);

  const measurement = v.measure.length === 2 ? measure(v.measure[0]!, v.measure[1]!, objects) : null;
  const gizmoTarget =
    (v.tool === 'move' || v.tool === 'rotate' || v.tool === 'resize') && selected.length === 1
      ? shown.find((o) => o.id === selected[0])
      : undefined;

  return (
    <>
      <Canvas frameloop="demand" data-testid="viewport-canvas">
        <color attach="background" args={['#1a1b1e']} />
        <CameraRig
          sceneKey={sceneId ?? ''}
          sceneBounds={sceneBounds}
          selectionBounds={selectionBounds}
          preset={v.preset}
          command={v.cameraCommand}
        />
        <Grid
          rotation={[Math.PI / 2, 0, 0]}
          args={[40, 40]}
          cellSize={0.5}
          sectionSize={2}
          cellColor="#3b3f45"
          sectionColor="#5c6370"
          fadeDistance={60}
          infiniteGrid
        />
        {cloud && (
          <PointCloudLayer
            cloud={cloud}
            objects={objects}
            colorMode={v.colorMode}
            structure={v.structure}
            size={v.pointSize}
          />
        )}
        <ObjectBoxesLayer
          objects={shown}
          selected={selected}
          hovered={v.hovered}
          roleColors={roleColors}
          hidden={gizmoTarget ? gizmoTarget.id : null}
        />
        <LabelPlacer objects={shown} priorities={priorities} elements={labelElements} />
        {measurement && (
          <MeasureLine
            from={measurement.from}
            to={measurement.to}
            label={measurement.label}
            color={BOX_COLORS.measure}
            testId="measure-label"
          />
        )}
        {focus && <FocusLayer focus={focus} objects={objects} />}
        {ghosts?.map((ghost, i) => (
          <FocusLayer key={`ghost-${i}`} focus={{ referents: [], ghost }} objects={objects} />
        ))}
        {gizmoTarget && (
          <TransformGizmo
            object={gizmoTarget}
            mode={v.tool as 'move' | 'rotate' | 'resize'}
            snapping={v.snapping}
            onDragStart={() => v.setDragging(gizmoTarget.id)}
            onDragEnd={() => v.setDragging(null)}
            onCommit={(id, box) => onTransformCommit?.(id, box)}
          />
        )}
        <PickingController cloud={cloud} objects={shown} enabled={gizmoIdle} onPick={onPick} onHover={v.setHovered} />
        <ViewportProbe pointsDrawn={cloud ? drawCount(cloud, v.structure) : 0} />
        <GizmoHelper alignment="bottom-right" margin={[72, 72]}>
          <GizmoViewport axisColors={['#fa5252', '#40c057', '#4dabf7']} labelColor="white" />
        </GizmoHelper>
      </Canvas>
      <LabelsOverlay
        objects={shown}
        selected={selected}
        hovered={v.hovered}
        roleColors={roleColors}
        elements={labelElements}
      />
      <ViewportToolbar />
    </>
  );
}
