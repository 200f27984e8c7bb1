/** The table's filters: scene, task, status, template, source, annotator, flagged and text search. */
import { Checkbox, NativeSelect, SegmentedControl, SimpleGrid, TextInput } from '@mantine/core';
import { STATUSES, TASKS } from '../../../common/annotations/annotation';
import { SOURCE_KINDS } from '../../../common/annotations/query';
import { useAnnotationView, type TableFilters } from './annotation-view-store';

const any = (values: readonly string[]) => [
  { value: '', label: 'any' },
  ...values.map((v) => ({ value: v, label: v })),
];

/** The filters picked from a fixed list ('any' first). */
const SELECTS = [
  { key: 'task', label: 'Task', values: TASKS },
  { key: 'status', label: 'Status', values: STATUSES },
  { key: 'source', label: 'Source', values: SOURCE_KINDS },
] as const;

export function AnnotationFilters() {
  const { filters, setFilters } = useAnnotationView();
  const pick =
    <K extends 'task' | 'status' | 'source'>(key: K) =>
    (e: React.ChangeEvent<HTMLSelectElement>) =>
      setFilters({ [key]: e.currentTarget.value === '' ? null : e.currentTarget.value } as Partial<TableFilters>);
  return (
    <>
      <SegmentedControl
        size="xs"
        fullWidth
        value={filters.scene}
        onChange={(v) => setFilters({ scene: v as TableFilters['scene'] })}
        data={[
          { value: 'current', label: 'This scene' },
          { value: 'all', label: 'All scenes' },
        ]}
      />
      <TextInput
        size="xs"
        placeholder="Search text…"
        value={filters.text}
        onChange={(e) => setFilters({ text: e.currentTarget.value })}
        data-testid="filter-text"
      />
      <SimpleGrid cols={3} spacing={4}>
        {SELECTS.map(({ key, label, values }) => (
          <NativeSelect
            key={key}
            size="xs"
            label={label}
            data={any(values)}
            value={filters[key] ?? ''}
            onChange={pick(key)}
            data-testid={`filter-${key}`}
          />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={2} spacing={4}>
        <TextInput
          size="xs"
          placeholder="Template id"
          value={filters.template}
          onChange={(e) => setFilters({ template: e.currentTarget.value })}
          data-testid="filter-template"
        />
        <TextInput
          size="xs"
          placeholder="Annotator"
          value={filters.annotator}
          onChange={(e) => setFilters({ annotator: e.currentTarget.value })}
          data-testid="filter-annotator"
        />
      </SimpleGrid>
      <Checkbox
        size="xs"
        label="Only flagged as ambiguous"
        checked={filters.flagged}
        onChange={(e) => setFilters({ flagged: e.currentTarget.checked })}
      />
    </>
  );
}
