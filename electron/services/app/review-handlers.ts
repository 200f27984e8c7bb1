/** Handlers for the review requests: audited review actions and reviews over time. */
import type { Handlers } from '../../../common/api/dispatch';
import type { EventHub } from '../../../common/api/event-hub';
import type { ProjectSession } from './project-session';
import { ReviewLog } from './review-log';

type ReviewHandlers = Pick<Handlers, 'review.apply' | 'review.activity'>;

export function createReviewHandlers(session: ProjectSession, events: EventHub): ReviewHandlers {
  // Made per call: the session may switch projects.
  const log = () => new ReviewLog(session.store.db);
  return {
    'review.apply': (input) => {
      const updated = log().apply(input);
      events.publish({ name: 'changed', payload: { topic: 'annotations', sceneId: updated.scene_id } });
      return updated;
    },
    'review.activity': (input) => log().activity(input.bucket, input.scene),
  };
}
