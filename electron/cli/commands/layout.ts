/**
 * `layout`: edit a scene's layout from the command line with the same durable history the app
 * uses (SPEC §5, §6). Each run is its own process, so a script can edit, undo in another run and
 * find the cursor where it left it. Moves and turns are recorded with origin 'gizmo' (by hand)
 * unless `--origin` says otherwise.
 *
 *   layout move    --project FILE --scene ID --object OID (--to X,Y,Z | --by DX,DY,DZ)  → {entry, cursor}
 *   layout rotate  --project FILE --scene ID --object OID --deg D                        → {entry, cursor}
 *   layout undo|redo --project FILE --scene ID                                          → {cursor}
 *   layout history --project FILE --scene ID                     → {cursor, entries:[{id, kind, origin, text, time}]}
 */
import type { Vec3 } from '../../../common/domain/box';
import type { EditOrigin } from '../../../common/layout/history';
import { normalizeAngle } from '../../../common/synth/layout';
import { projectLayout } from '../../services/layout/project-layout';
import { CliError, requireString, type Command, type ParsedOptions } from '../command';
import { projectOption, withProject } from '../project-option';

const SUBCOMMANDS = ['move', 'rotate', 'undo', 'redo', 'history'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];
const ORIGINS: readonly EditOrigin[] = ['gizmo', 'nudge', 'instruction', 'model', 'import'];

export const layoutCommand: Command = {
  name: 'layout',
  summary: 'Edit a scene layout with durable undo: move, rotate, undo, redo, history',
  usage:
    'layout move|rotate|undo|redo|history --project FILE --scene ID [--object OID] [--to X,Y,Z | --by DX,DY,DZ] [--deg D] [--origin O] [--text T] [--json]',
  options: {
    ...projectOption,
    scene: { type: 'string' },
    object: { type: 'string' },
    to: { type: 'string' },
    by: { type: 'string' },
    deg: { type: 'string' },
    origin: { type: 'string' },
    text: { type: 'string' },
  },
  positionals: true,
  run(options, positionals) {
    const sub = subcommand(positionals);
    const sceneId = requireString(options, 'scene');
    return withProject(options, (store) => {
      const layout = projectLayout(store);
      switch (sub) {
        case 'move':
        case 'rotate': {
          const id = objectId(options);
          const box = layout.current(sceneId).get(id)?.box;
          if (box === undefined) throw new CliError(`scene ${sceneId} has no object ${id}`);
          const meta = { origin: origin(options), text: typeof options.text === 'string' ? options.text : null };
          const result =
            sub === 'move'
              ? layout.apply(sceneId, { kind: 'move', id, center: target(options, box.center) }, meta)
              : layout.apply(sceneId, { kind: 'rotate', id, yaw: normalizeAngle(box.yaw + degrees(options)) }, meta);
          return { entry: result.entry, cursor: result.cursor };
        }
        case 'undo':
          return { cursor: layout.undo(sceneId).cursor };
        case 'redo':
          return { cursor: layout.redo(sceneId).cursor };
        case 'history': {
          const { cursor, entries } = layout.view(sceneId);
          return {
            cursor,
            entries: entries.map(({ id, kind, origin, text, time }) => ({ id, kind, origin, text, time })),
          };
        }
      }
    });
  },
  text(result) {
    const { entry, cursor, entries } = result as {
      entry?: { id: number; kind: string; origin: string } | null;
      cursor: number | null;
      entries?: { id: number; kind: string; origin: string; text: string | null; time: number }[];
    };
    const at = `cursor ${cursor ?? 'original'}`;
    if (entries) {
      const lines = entries.map(
        (e) =>
          `${e.id === cursor ? '>' : ' '} ${e.id}\t${e.kind}\t${e.origin}\t${new Date(e.time).toISOString()}${e.text ? `\t${e.text}` : ''}`,
      );
      return [`${cursor === null ? '>' : ' '} original`, ...lines].join('\n');
    }
    if (entry === undefined) return at;
    return entry === null ? `nothing changed (${at})` : `entry ${entry.id}: ${entry.kind} (${entry.origin}), ${at}`;
  },
};

function subcommand(positionals: string[]): Subcommand {
  const [sub, extra] = positionals;
  if (sub === undefined) throw new CliError(`name what to do: ${SUBCOMMANDS.join('|')}`, 2);
  if (!(SUBCOMMANDS as readonly string[]).includes(sub)) {
    throw new CliError(`unknown layout action '${sub}' (one of ${SUBCOMMANDS.join(', ')})`, 2);
  }
  if (extra !== undefined) throw new CliError(`unexpected argument '${extra}'`, 2);
  return sub as Subcommand;
}

function objectId(options: ParsedOptions): number {
  const text = requireString(options, 'object');
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id < 0)
    throw new CliError(`--object must be an object id (an integer), got ${JSON.stringify(text)}`, 2);
  return id;
}

function target(options: ParsedOptions, from: Vec3): Vec3 {
  const to = options.to;
  const by = options.by;
  if (typeof to === 'string' && typeof by === 'string') throw new CliError('give --to or --by, not both', 2);
  if (typeof to === 'string') return vector(to, 'to');
  if (typeof by === 'string') {
    const delta = vector(by, 'by');
    return [from[0] + delta[0], from[1] + delta[1], from[2] + delta[2]];
  }
  throw new CliError('move needs --to X,Y,Z or --by DX,DY,DZ', 2);
}

function vector(text: string, name: string): Vec3 {
  const parts = text.split(',').map((part) => Number(part.trim()));
  if (parts.length !== 3 || parts.some((v) => !Number.isFinite(v)) || text.split(',').some((p) => p.trim() === '')) {
    throw new CliError(`--${name} must be three numbers X,Y,Z in metres, got ${JSON.stringify(text)}`, 2);
  }
  return parts as Vec3;
}

function degrees(options: ParsedOptions): number {
  const text = requireString(options, 'deg');
  const value = Number(text);
  if (!Number.isFinite(value)) throw new CliError(`--deg must be a number of degrees, got ${JSON.stringify(text)}`, 2);
  return (value * Math.PI) / 180;
}

function origin(options: ParsedOptions): EditOrigin {
  const value = options.origin;
  if (value === undefined) return 'gizmo';
  if (typeof value !== 'string' || !(ORIGINS as readonly string[]).includes(value)) {
    throw new CliError(`--origin must be one of ${ORIGINS.join(', ')}, got ${JSON.stringify(value)}`, 2);
  }
  return value as EditOrigin;
}
