/** The table's filters: scene, task, status, template, source, annotator, flagged and text search. */
import { Checkbox, NativeSelect, SegmentedControl, SimpleGrid, TextInput } from '@mantine/core';
import { STATUSES, TASKS } from '../../../common/annotations/annotation';
import { SOURCE_KINDS } from '../../../common/annotations/query';
import { useAnnotationView, type TableFilters } from './annotation-view-store';

const any = (values: readonly string[]) => [
  { value: '', label: 'any' },
  ...values.map((v) => ({ value: v, label: v })),
];

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
        <NativeSelect
          size="xs"
          label="Task"
          data={any(TASKS)}
          value={filters.task ?? ''}
          onChange={pick('task')}
          data-testid="filter-task"
        />
        <NativeSelect
          size="xs"
          label="Status"
          data={any(STATUSES)}
          value={filters.status ?? ''}
          onChange={pick('status')}
          data-testid="filter-status"
        />
        <NativeSelect
          size="xs"
          label="Source"
          data={any(SOURCE_KINDS)}
          value={filters.source ?? ''}
          onChange={pick('source')}
          data-testid="filter-source"
        />
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
