/**
 * A windowed list of fixed-height rows: only the rows in view (plus a few) are in the DOM, so
 * 263K rows scroll as smoothly as 20. Tells its owner which index range is visible so it can load
 * just those rows.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface WindowedListProps {
  count: number;
  rowHeight: number;
  /** Rows drawn beyond each edge of the view. */
  overscan?: number;
  renderRow: (index: number) => ReactNode;
  onRange?: (first: number, last: number) => void;
  className?: string;
  testId?: string;
}

export function WindowedList({
  count,
  rowHeight,
  overscan = 6,
  renderRow,
  onRange,
  className,
  testId,
}: WindowedListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    setHeight(element.clientHeight);
    return () => observer.disconnect();
  }, []);
  // A new result set starts at the top.
  useEffect(() => {
    if (scroller.current && scrollTop > count * rowHeight) {
      scroller.current.scrollTop = 0;
      setScrollTop(0);
    }
  }, [count, rowHeight, scrollTop]);

  const rangeAt = (top: number): [number, number] => [
    Math.max(0, Math.floor(top / rowHeight) - overscan),
    Math.min(count - 1, Math.ceil((top + height) / rowHeight) + overscan),
  ];
  const [first, last] = rangeAt(scrollTop);
  useEffect(() => {
    if (count > 0) onRange?.(first, last);
  }, [first, last, count, onRange]);

  const rows: ReactNode[] = [];
  for (let i = first; i <= last; i++) {
    rows.push(
      <div key={i} style={{ position: 'absolute', top: i * rowHeight, height: rowHeight, left: 0, right: 0 }}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div
      ref={scroller}
      className={className}
      data-testid={testId}
      style={{ overflowY: 'auto', position: 'relative', flex: 1, minHeight: 0 }}
      onScroll={(e) => {
        const top = e.currentTarget.scrollTop;
        setScrollTop(top);
        // Ask for the rows now, not after React has drawn the placeholders: a jump through a
        // 263K table waits on the answer, and this starts it one task sooner.
        if (count > 0) onRange?.(...rangeAt(top));
      }}
    >
      <div style={{ height: count * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
