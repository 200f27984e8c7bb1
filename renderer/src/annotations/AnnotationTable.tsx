/** The annotation table: a windowed list over every record matching the filters; a click focuses one. */
import { Text } from '@mantine/core';
import { useCallback } from 'react';
import type { Annotation } from '../../../common/annotations/annotation';
import type { AnnotationFilter } from '../../../common/annotations/query';
import { useAnnotationView } from './annotation-view-store';
import { usePagedAnnotations } from './usePagedAnnotations';
import { WindowedList } from './WindowedList';

const ROW_HEIGHT = 46;
export const STATUS_COLORS = { generated: 'gray', accepted: 'teal', corrected: 'blue', rejected: 'red' } as const;

export function AnnotationTable({ filter, onOpen }: { filter: AnnotationFilter; onOpen: (a: Annotation) => void }) {
  const paged = usePagedAnnotations(filter);
  const activeId = useAnnotationView((s) => s.active?.id);
  const renderRow = useCallback(
    (index: number) => {
      const a = paged.row(index);
      if (!a) return <div className="annotation-row loading" />;
      return (
        <button
          type="button"
          className={`annotation-row${a.id === activeId ? ' active' : ''}`}
          data-testid="annotation-row"
          data-id={a.id}
          data-status={a.status}
          onClick={() => onOpen(a)}
        >
          {/* Plain elements styled like Mantine's badges: a screenful of rows is redrawn on every
              scroll step of a 263K table, so each row stays a handful of DOM nodes. */}
          <span className="annotation-row-tags">
            <span className="row-tag">{a.task}</span>
            <span className={`row-tag status-${a.status}`}>{a.status}</span>
            {a.flagged && <span className="row-tag flagged">?</span>}
          </span>
          <span className="annotation-row-text">{a.text}</span>
        </button>
      );
    },
    [paged, activeId, onOpen],
  );
  return (
    <>
      <Text size="xs" c="dimmed" data-testid="annotation-total" data-ready={paged.total !== null}>
        {paged.error ?? (paged.total === null ? 'Loading…' : `${paged.total.toLocaleString('en-US')} annotations`)}
      </Text>
      <WindowedList
        count={paged.total ?? 0}
        rowHeight={ROW_HEIGHT}
        renderRow={renderRow}
        onRange={paged.onRange}
        testId="annotation-table"
        className="annotation-table"
      />
    </>
  );
}
