/**
 * Events pushed from the services to every connected client: progress of long calls and
 * "something changed" notices that tell views to refetch.
 */
export interface ProgressEvent {
  callId: string;
  /** 0..1, or null when the total is not known yet. */
  fraction: number | null;
  message: string;
}

export type ChangeTopic = 'project' | 'scenes' | 'objects' | 'annotations' | 'layout' | 'model';

/** Commands chosen in the desktop menu, handled by the renderer like its own shortcuts. */
export type MenuCommand = 'open-project' | 'new-project' | 'import-scans' | 'toggle-theme' | 'show-shortcuts' | 'about';

export interface ChangedEvent {
  topic: ChangeTopic;
  sceneId?: string;
}

export interface StudioEvents {
  progress: ProgressEvent;
  changed: ChangedEvent;
  menu: { command: MenuCommand };
}

export type StudioEventName = keyof StudioEvents;

export type StudioEvent = { [K in StudioEventName]: { name: K; payload: StudioEvents[K] } }[StudioEventName];

export const studioEventNames: readonly StudioEventName[] = ['progress', 'changed', 'menu'];
