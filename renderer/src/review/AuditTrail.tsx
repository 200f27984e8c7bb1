/** One annotation's audit trail, newest first: who changed which field when, old → new. */
import { Stack, Text } from '@mantine/core';
import { useRequest } from '../api/StudioContext';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function AuditTrail({ id }: { id: string }) {
  const audit = useRequest('annotations.audit', { id }, `audit:${id}`, ['annotations']);
  const entries = [...(audit.data ?? [])].reverse();
  return (
    <Stack gap={4} data-testid="audit-trail">
      {entries.length === 0 && (
        <Text size="xs" c="dimmed">
          No changes yet.
        </Text>
      )}
      {entries.map((entry, i) => (
        <div key={`${entry.revision}-${entry.field}-${i}`} className="audit-entry" data-field={entry.field}>
          <Text size="xs" c="dimmed">
            r{entry.revision} · {entry.annotator ?? 'unknown'} · {new Date(entry.at).toLocaleString()}
          </Text>
          <Text size="xs">
            <b>{entry.field}</b> {entry.old === null ? show(entry.new) : `${show(entry.old)} → ${show(entry.new)}`}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
