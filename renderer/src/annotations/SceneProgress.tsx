/** Review progress of one scene (or all), per task: generated / accepted / corrected / rejected. */
import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { STATUSES, TASKS, type AnnotationStatus, type Task } from '../../../common/annotations/annotation';
import type { AnnotationCount } from '../../../common/annotations/query';

export const STATUS_FILL: Record<AnnotationStatus, string> = {
  generated: 'var(--mantine-color-gray-6)',
  accepted: 'var(--mantine-color-teal-6)',
  corrected: 'var(--mantine-color-blue-6)',
  rejected: 'var(--mantine-color-red-6)',
};

export type TaskCounts = Map<Task, Record<AnnotationStatus, number>>;

export function byTask(counts: readonly AnnotationCount[], scene?: string): TaskCounts {
  const out: TaskCounts = new Map();
  for (const c of counts) {
    if (scene !== undefined && c.scene_id !== scene) continue;
    const row = out.get(c.task) ?? { generated: 0, accepted: 0, corrected: 0, rejected: 0 };
    row[c.status] += c.count;
    out.set(c.task, row);
  }
  return out;
}

export function SceneProgress({ counts }: { counts: TaskCounts }) {
  const tasks = TASKS.filter((t) => counts.has(t));
  if (tasks.length === 0) return null;
  return (
    <Stack gap={3} data-testid="scene-progress">
      {tasks.map((task) => {
        const row = counts.get(task)!;
        const total = STATUSES.reduce((n, s) => n + row[s], 0);
        const done = total - row.generated;
        return (
          <Tooltip key={task} label={STATUSES.map((s) => `${s} ${row[s]}`).join(' · ')}>
            <div data-task={task}>
              <Group justify="space-between" gap={4}>
                <Text size="xs">{task}</Text>
                <Text size="xs" c="dimmed">
                  {done} / {total} reviewed
                </Text>
              </Group>
              <div className="progress-bar">
                {(['accepted', 'corrected', 'rejected', 'generated'] as const).map((s) => (
                  <div key={s} style={{ width: `${(100 * row[s]) / total}%`, background: STATUS_FILL[s] }} />
                ))}
              </div>
            </div>
          </Tooltip>
        );
      })}
    </Stack>
  );
}
