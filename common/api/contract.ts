/**
 * The studio's API contract: every request the renderer (or any client) can make, declared once.
 * Electron IPC and the web shell's WebSocket are both generated from this object; the services
 * implement `Handlers`; the client is typed from it. Add a request here and the type checker
 * shows every place that must follow.
 */
import { z } from 'zod';
import type { SceneObject, SceneSummary, PointCloud } from '../domain/scene';
import type { AppInfo, ImportResult, ProjectInfo } from './results';
import { request } from './define';
import { layoutRequests } from './layout';
import { annotationRequests } from './annotations';
import { modelRequests } from './model';
import { reviewRequests } from '../review/api';

const sceneId = z.string().min(1).max(200);
const filePath = z.string().min(1).max(4096);

/** Chunks stay well under the web shell's 4 MiB message limit. */
export const UPLOAD_CHUNK_BYTES = 2 * 1024 * 1024;

export const contract = {
  'app.info': request<AppInfo>()(z.object({})),
  /**
   * A native file dialog. Only the desktop shell has one; the web shell answers `unavailable` and
   * the UI asks for a typed path instead.
   */
  'dialog.pickPaths': request<string[] | null>()(
    z.object({
      purpose: z.enum(['import-scans', 'import-label-map', 'open-project', 'new-project']),
      title: z.string().max(200).optional(),
    }),
  ),

  'project.current': request<ProjectInfo>()(z.object({})),
  'project.open': request<ProjectInfo>()(z.object({ path: filePath, create: z.boolean().default(false) })),
  'project.recent': request<string[]>()(z.object({})),

  'scenes.list': request<SceneSummary[]>()(z.object({})),
  'scenes.import': request<ImportResult>()(
    z.object({ paths: z.array(filePath).min(1).max(10_000), labelMapPath: filePath.optional() }),
    { long: true },
  ),
  /**
   * Files dropped on the web shell's page: staged in chunks, then imported like a scan folder.
   * (The desktop shell imports dropped folders by path with `scenes.import`.)
   */
  'uploads.begin': request<{ uploadId: string }>()(z.object({})),
  'uploads.write': request<null>()(
    z.object({
      uploadId: z.string().uuid(),
      path: z.string().min(1).max(1024),
      offset: z.number().int().min(0),
      bytes: z
        .instanceof(Uint8Array)
        .refine((b) => b.byteLength <= UPLOAD_CHUNK_BYTES, `at most ${UPLOAD_CHUNK_BYTES} bytes a chunk`),
    }),
  ),
  'uploads.import': request<ImportResult>()(
    z.object({ uploadId: z.string().uuid(), labelMapPath: filePath.optional() }),
    {
      long: true,
    },
  ),
  'uploads.discard': request<null>()(z.object({ uploadId: z.string().uuid() })),
  'scene.objects': request<SceneObject[]>()(z.object({ sceneId })),
  /** Binary: the typed arrays travel as ArrayBuffers, never as JSON arrays. lod 1 is the display subsample. */
  'scene.points': request<PointCloud>()(z.object({ sceneId, lod: z.union([z.literal(0), z.literal(1)]).default(1) })),
  /** Layout editing with a durable undo history (common/api/layout.ts). */
  ...layoutRequests,
  /** MODLE annotations: query, review, generate, import, export (common/api/annotations.ts). */
  ...annotationRequests,
  /** The spatial model: state and questions about a scene (common/api/model.ts). */
  ...modelRequests,
  /** Settings (annotator name), audited review actions, reviews over time (common/review/api.ts). */
  ...reviewRequests,
} as const;

export type Contract = typeof contract;
export type RequestName = keyof Contract;
export const requestNames = Object.keys(contract) as RequestName[];

export type RequestInput<N extends RequestName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends RequestName> = z.output<Contract[N]['input']>;
export type RequestResult<N extends RequestName> = NonNullable<Contract[N]['__result']>['value'];

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
