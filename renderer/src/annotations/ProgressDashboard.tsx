/** Review progress of the project: counts per scene and task, and a bar chart of reviews over time. */
import { Modal, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { STATUSES, TASKS } from '../../../common/annotations/annotation';
import type { ReviewActivity } from '../../../common/review/api';
import { useRequest } from '../api/StudioContext';
import { byTask, STATUS_FILL } from './SceneProgress';

export function ProgressDashboard({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [bucket, setBucket] = useState<'day' | 'hour'>('day');
  const counts = useRequest('annotations.counts', opened ? {} : null, `dash-counts:${opened}`, ['annotations']);
  const activity = useRequest('review.activity', opened ? { bucket } : null, `dash-activity:${opened}:${bucket}`, [
    'annotations',
  ]);
  const scenes = [...new Set((counts.data ?? []).map((c) => c.scene_id))];
  return (
    <Modal opened={opened} onClose={onClose} title="Review progress" size="xl" data-testid="progress-dashboard">
      <Stack gap="sm">
        <Title order={6}>Reviews over time</Title>
        <SegmentedControl
          size="xs"
          w={160}
          value={bucket}
          onChange={(v) => setBucket(v as 'day' | 'hour')}
          data={[
            { value: 'day', label: 'Per day' },
            { value: 'hour', label: 'Per hour' },
          ]}
        />
        <ActivityChart activity={activity.data ?? []} />
        <Title order={6}>Per scene and task (accepted / corrected / rejected / still generated)</Title>
        <Table striped fz="xs" data-testid="progress-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>scene</Table.Th>
              {TASKS.map((t) => (
                <Table.Th key={t}>{t}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scenes.slice(0, 200).map((scene) => {
              const rows = byTask(counts.data ?? [], scene);
              return (
                <Table.Tr key={scene}>
                  <Table.Td>{scene}</Table.Td>
                  {TASKS.map((t) => {
                    const r = rows.get(t);
                    return (
                      <Table.Td key={t}>
                        {r ? (
                          <span>
                            {(['accepted', 'corrected', 'rejected', 'generated'] as const).map((s, i) => (
                              <span key={s} style={{ color: STATUS_FILL[s] }}>
                                {i > 0 ? ' / ' : ''}
                                {r[s]}
                              </span>
                            ))}
                          </span>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {scenes.length > 200 && <Text size="xs">First 200 of {scenes.length} scenes.</Text>}
        <Text size="xs" c="dimmed">
          {STATUSES.join(' · ')}
        </Text>
      </Stack>
    </Modal>
  );
}

/** Simple SVG bars: one per bucket, height by reviews. */
export function ActivityChart({ activity }: { activity: readonly ReviewActivity[] }) {
  if (activity.length === 0)
    return (
      <Text size="xs" c="dimmed">
        No reviews yet.
      </Text>
    );
  const width = 640;
  const height = 140;
  const max = Math.max(...activity.map((a) => a.reviews));
  const shown = activity.slice(-60);
  const step = width / shown.length;
  return (
    <svg width={width} height={height + 20} role="img" aria-label="Reviews over time" data-testid="activity-chart">
      {shown.map((a, i) => {
        const h = (a.reviews / max) * height;
        return (
          <g key={a.bucket}>
            <rect
              x={i * step + 2}
              y={height - h}
              width={Math.max(2, step - 4)}
              height={h}
              fill="var(--mantine-color-teal-6)"
            >
              <title>{`${a.bucket}: ${a.reviews}`}</title>
            </rect>
            {(shown.length <= 12 || i % Math.ceil(shown.length / 12) === 0) && (
              <text x={i * step + 2} y={height + 14} fontSize={10} fill="currentColor">
                {a.bucket.slice(5)}
              </text>
            )}
            <text x={i * step + step / 2} y={height - h - 3} fontSize={10} textAnchor="middle" fill="currentColor">
              {a.reviews}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
