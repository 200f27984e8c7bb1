/** The small overlay toolbar: camera presets, tools, colour mode, point size, walls, detail, snapping. */
import { ActionIcon, Group, Paper, SegmentedControl, Select, Slider, Switch, Tooltip } from '@mantine/core';
import {
  IconArrowsMove,
  IconFocusCentered,
  IconHome,
  IconMagnet,
  IconPointer,
  IconRotate,
  IconRuler,
  IconResize,
} from '@tabler/icons-react';
import {
  COLOR_MODES,
  POINT_SIZE_RANGE,
  useViewport,
  type CameraPreset,
  type ColorMode,
  type StructureMode,
  type Tool,
} from '../viewport-state/viewport-store';

const TOOLS: { tool: Tool; label: string; key: string; icon: typeof IconPointer }[] = [
  { tool: 'select', label: 'Select', key: 'Q', icon: IconPointer },
  { tool: 'measure', label: 'Measure (Alt-click for points)', key: 'M', icon: IconRuler },
  { tool: 'move', label: 'Move on the floor', key: 'W', icon: IconArrowsMove },
  { tool: 'rotate', label: 'Rotate about Z', key: 'E', icon: IconRotate },
  { tool: 'resize', label: 'Resize', key: 'S', icon: IconResize },
];

const COLOR_LABELS: Record<ColorMode, string> = { rgb: 'RGB', instance: 'Instance', label: 'Label', height: 'Height' };

export function ViewportToolbar() {
  const v = useViewport();
  return (
    <div className="viewport-toolbar" data-testid="viewport-toolbar">
      <Paper p={4} shadow="sm" withBorder style={{ display: 'inline-block', opacity: 0.95 }}>
        <Group gap={6} wrap="wrap">
          <SegmentedControl
            size="xs"
            value={v.preset}
            onChange={(preset) => v.set({ preset: preset as CameraPreset })}
            data={[
              { value: 'perspective', label: 'Persp 1' },
              { value: 'top', label: 'Top 2' },
              { value: 'front', label: 'Front 3' },
              { value: 'side', label: 'Side 4' },
            ]}
            data-testid="camera-presets"
          />
          <ActionIcon.Group>
            {TOOLS.map(({ tool, label, key, icon: Icon }) => (
              <Tooltip key={tool} label={`${label} (${key})`}>
                <ActionIcon
                  variant={v.tool === tool ? 'filled' : 'default'}
                  onClick={() => v.setTool(tool)}
                  aria-label={label}
                  aria-pressed={v.tool === tool}
                  data-testid={`tool-${tool}`}
                >
                  <Icon size={16} />
                </ActionIcon>
              </Tooltip>
            ))}
          </ActionIcon.Group>
          <Tooltip label={`Snap to 5 cm / 15° (N): ${v.snapping ? 'on' : 'off'}`}>
            <ActionIcon
              variant={v.snapping ? 'filled' : 'default'}
              onClick={() => v.set({ snapping: !v.snapping })}
              aria-label="Snapping"
              aria-pressed={v.snapping}
              data-testid="snapping"
            >
              <IconMagnet size={16} />
            </ActionIcon>
          </Tooltip>
          <ActionIcon.Group>
            <Tooltip label="Frame selection (F)">
              <ActionIcon variant="default" onClick={() => v.requestCamera('frame')} aria-label="Frame selection">
                <IconFocusCentered size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Reset view (Home)">
              <ActionIcon variant="default" onClick={() => v.requestCamera('reset')} aria-label="Reset view">
                <IconHome size={16} />
              </ActionIcon>
            </Tooltip>
          </ActionIcon.Group>
          <Select
            size="xs"
            w={96}
            value={v.colorMode}
            onChange={(mode) => mode && v.set({ colorMode: mode as ColorMode })}
            data={COLOR_MODES.map((value) => ({ value, label: COLOR_LABELS[value] }))}
            aria-label="Colour mode (C)"
            allowDeselect={false}
            data-testid="color-mode"
          />
          <Tooltip label="Point size ([ and ])">
            <Slider
              w={80}
              size="xs"
              min={POINT_SIZE_RANGE.min}
              max={POINT_SIZE_RANGE.max}
              step={POINT_SIZE_RANGE.step}
              value={v.pointSize}
              onChange={(pointSize) => v.set({ pointSize })}
              label={(value) => `${Math.round(value * 1000)} mm`}
              aria-label="Point size"
            />
          </Tooltip>
          <Tooltip label="Walls and ceiling (V)">
            <SegmentedControl
              size="xs"
              value={v.structure}
              onChange={(structure) => v.set({ structure: structure as StructureMode })}
              data={[
                { value: 'show', label: 'Walls' },
                { value: 'dim', label: 'Dim' },
                { value: 'hide', label: 'Hide' },
              ]}
            />
          </Tooltip>
          <Tooltip label="Draw every stored point instead of the display subsample">
            <Switch
              size="xs"
              label="All points"
              checked={v.fullDetail}
              onChange={(e) => v.set({ fullDetail: e.currentTarget.checked })}
              data-testid="full-detail"
            />
          </Tooltip>
        </Group>
      </Paper>
    </div>
  );
}
