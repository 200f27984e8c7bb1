import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, PROJECT_MIGRATIONS, schemaVersion, type Migration } from './migrations';
import { ProjectFileError } from './errors';

const tables = (db: Database.Database): string[] =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];

const first: Migration = { name: 'first', up: 'CREATE TABLE first (id INTEGER PRIMARY KEY)' };
const second: Migration = {
  name: 'second',
  up: (db) => {
    db.exec('CREATE TABLE second (id INTEGER PRIMARY KEY)');
    db.prepare('INSERT INTO second (id) VALUES (?)').run(7);
  },
};
const broken: Migration = {
  name: 'broken',
  up: 'CREATE TABLE third (id INTEGER); INSERT INTO missing_table VALUES (1)',
};

describe('migrate', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it('applies SQL and function migrations in order and records the version', () => {
    db = new Database(':memory:');
    expect(migrate(db, 'mem.studio', [first, second])).toEqual({ from: 0, to: 2 });
    expect(schemaVersion(db)).toBe(2);
    expect(tables(db)).toEqual(['first', 'second']);
    expect(db.prepare('SELECT id FROM second').pluck().get()).toBe(7);
  });

  it('runs only the migrations a file has not seen yet', () => {
    db = new Database(':memory:');
    migrate(db, 'mem.studio', [first]);
    expect(migrate(db, 'mem.studio', [first, second])).toEqual({ from: 1, to: 2 });
    expect(migrate(db, 'mem.studio', [first, second])).toEqual({ from: 2, to: 2 });
    expect(tables(db)).toEqual(['first', 'second']);
  });

  it('leaves schema and user_version unchanged when one migration fails', () => {
    db = new Database(':memory:');
    expect(() => migrate(db, 'mem.studio', [first, second, broken])).toThrow(
      /mem\.studio: upgrading to version 3 \(broken\) failed: no such table: missing_table/,
    );
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('refuses a file written by a newer app, naming the file', () => {
    db = new Database(':memory:');
    db.pragma('user_version = 5');
    const attempt = () => migrate(db, '/data/new.studio', [first]);
    expect(attempt).toThrow(ProjectFileError);
    expect(attempt).toThrow(/\/data\/new\.studio: project format version 5 is newer than this app understands \(1\)/);
    expect(tables(db)).toEqual([]);
  });

  it('builds the project schema from scratch', () => {
    db = new Database(':memory:');
    migrate(db, 'mem.studio');
    expect(schemaVersion(db)).toBe(PROJECT_MIGRATIONS.length);
    expect(tables(db)).toEqual(expect.arrayContaining(['objects', 'scene_points', 'scenes']));
  });
});
