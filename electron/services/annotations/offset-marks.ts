/**
 * Where deep pages start. `LIMIT ? OFFSET n` makes SQLite step over n matching rows one by one
 * (15 ms at row 262,900 of a 263K table, on every page the table asks for down there). Each page
 * served says which rowid sits at its first and last position, so a later page of the same filter
 * seeks to the nearest known position at or before it (`rowid >= mark`, an index lookup) and
 * steps over only the rows in between: scrolling on from row 262,900 costs what row 100 costs.
 *
 * Positions hold only while the table is unchanged: any write on this connection (its
 * `total_changes()`) or on another one, such as the command line's (`PRAGMA data_version`),
 * forgets them all.
 */
import type Database from 'better-sqlite3';

export interface OffsetMark {
  /** 0-based position among the filter's matches, in rowid order. */
  position: number;
  rowid: number;
}

/** Filters remembered per connection, and positions per filter: bounded, whatever the user does. */
const MAX_FILTERS = 32;
const MAX_MARKS = 4096;

export class OffsetMarks {
  private version = '';
  /** Per filter key, marks sorted by position. Map order is use order: the first is the oldest. */
  private readonly byFilter = new Map<string, OffsetMark[]>();
  private readonly readVersion: () => string;

  constructor(db: Database.Database) {
    const changes = db.prepare('SELECT total_changes()').pluck();
    const dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.readVersion = () => `${changes.get() as number}:${dataVersion.get() as number}`;
  }

  /** The known mark at or nearest before `position`, if any. */
  nearest(filterKey: string, position: number): OffsetMark | undefined {
    const marks = this.current(filterKey);
    if (!marks) return undefined;
    let lo = 0;
    let hi = marks.length; // first index whose position > `position`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]!.position <= position) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? undefined : marks[lo - 1];
  }

  remember(filterKey: string, mark: OffsetMark): void {
    let marks = this.current(filterKey);
    if (!marks) {
      if (this.byFilter.size >= MAX_FILTERS) this.byFilter.delete(this.byFilter.keys().next().value!);
      marks = [];
      this.byFilter.set(filterKey, marks);
    }
    let at = marks.length;
    while (at > 0 && marks[at - 1]!.position > mark.position) at--;
    if (marks[at - 1]?.position === mark.position || marks.length >= MAX_MARKS) return;
    marks.splice(at, 0, mark);
  }

  /** The filter's marks if the table is as it was when they were taken (and marks it most recently used). */
  private current(filterKey: string): OffsetMark[] | undefined {
    const version = this.readVersion();
    if (version !== this.version) {
      this.byFilter.clear();
      this.version = version;
      return undefined;
    }
    const marks = this.byFilter.get(filterKey);
    if (marks) {
      this.byFilter.delete(filterKey);
      this.byFilter.set(filterKey, marks);
    }
    return marks;
  }
}

const perConnection = new WeakMap<Database.Database, OffsetMarks>();

/** The marks of a connection (annotation stores come and go per request; the connection stays). */
export function offsetMarks(db: Database.Database): OffsetMarks {
  let marks = perConnection.get(db);
  if (!marks) {
    marks = new OffsetMarks(db);
    perConnection.set(db, marks);
  }
  return marks;
}
