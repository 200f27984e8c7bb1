/**
 * The spatial-model requests of the API contract (contract.ts spreads them in): the model's state
 * and one question about a scene. The model itself runs in electron/services/model (ONNX in a
 * worker, loaded on the first question); the answer is the SPEC §6 `ask` result.
 */
import { z } from 'zod';
import type { AskResult } from '../model/decode';
import type { ModelStatus } from './results';
import { request } from './define';

export const modelRequests = {
  /** Not loaded / loading / ready on a provider / error; never starts a load. */
  'model.status': request<ModelStatus>()(z.object({})),
  /** Loads the model when needed, then answers: task, referents with scores, distance, answer, proposed edit. */
  'model.ask': request<AskResult>()(
    z.object({ sceneId: z.string().min(1).max(200), text: z.string().trim().min(1).max(2000) }),
  ),
} as const;
