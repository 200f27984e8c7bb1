/**
 * The project store's errors. Each extends the API's `StudioError`, so the dispatcher maps it to
 * an error code (`not_found`, `conflict`, `bad_file`) without knowing the store.
 */
import { StudioError } from '../../../common/api/outcome';

/** A scene id the project does not hold. */
export class SceneNotFoundError extends StudioError {
  readonly sceneId: string;

  constructor(sceneId: string) {
    super('not_found', `scene not found: ${sceneId}`);
    this.name = 'SceneNotFoundError';
    this.sceneId = sceneId;
  }
}

/** An import that would overwrite a stored scene without `replace`. */
export class SceneExistsError extends StudioError {
  readonly sceneId: string;

  constructor(sceneId: string) {
    super('conflict', `scene already in the project: ${sceneId} (import with replace to overwrite it)`);
    this.name = 'SceneExistsError';
    this.sceneId = sceneId;
  }
}

/** A project path that does not exist and was not asked to be created. */
export class ProjectMissingError extends StudioError {
  readonly file: string;

  constructor(file: string) {
    super('not_found', `project file not found: ${file}`);
    this.name = 'ProjectMissingError';
    this.file = file;
  }
}

/** A file that cannot be opened as a project: not SQLite, another app's database, or too new. */
export class ProjectFileError extends StudioError {
  readonly file: string;

  constructor(file: string, reason: string) {
    super('bad_file', `${file}: ${reason}`);
    this.name = 'ProjectFileError';
    this.file = file;
  }
}
