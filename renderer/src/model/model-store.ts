/**
 * The Model panel's last answer, shared with the viewport: which scene it is about, what was
 * asked and what the model said. `modelFocus` turns it into the viewport's focus (referents in
 * their role colours, the distance line, the proposed edit as a ghost).
 */
import { create } from 'zustand';
import type { AskResult } from '../../../common/model/decode';
import type { ViewportFocus } from '../viewport/FocusLayer';

export interface ShownAnswer {
  sceneId: string;
  text: string;
  result: AskResult;
  /** The proposed edit was accepted into the history: no ghost any more. */
  accepted: boolean;
}

interface ModelPanelState {
  answer: ShownAnswer | null;
  show(answer: ShownAnswer | null): void;
  markAccepted(): void;
}

export const useModelAnswer = create<ModelPanelState>((set) => ({
  answer: null,
  show: (answer) => set({ answer }),
  markAccepted: () => set((state) => (state.answer ? { answer: { ...state.answer, accepted: true } } : state)),
}));

/** The viewport focus for an answer on the scene in view; undefined when there is none. */
export function modelFocus(answer: ShownAnswer | null, sceneId: string | null): ViewportFocus | undefined {
  if (!answer || answer.sceneId !== sceneId) return undefined;
  const { result } = answer;
  const focus: ViewportFocus = { referents: result.referents.map((r) => ({ id: r.id, role: r.role })) };
  const target = result.referents.find((r) => r.role === 'target');
  const anchor = result.referents.find((r) => r.role === 'anchor');
  if (result.task === 'distance' && target && anchor) focus.distance = { a: target.id, b: anchor.id };
  if (result.edit && !answer.accepted) focus.ghost = result.edit.box;
  return focus;
}
