import type { CitationList } from '../meeting-papers/create-citation-list.js';
import { displayTitle } from '../meeting-papers/display-title.js';
import { motionWording } from '../meeting-papers/motion-wording.js';
import type { FoundAction } from './find-actions.js';
import type { TrackedAction } from './tracked-action.js';

/** Done when the minutes tick it off, else open unless a later paper appears to deliver it. */
export function actionStatus({ ask, delivery }: Pick<FoundAction, 'ask' | 'delivery'>): TrackedAction['status'] {
  return ask.done ? 'done' : delivery ? 'appears addressed' : 'open';
}

/** A found action as output: the asking resolution cited, and the apparent delivery cited when there is one. */
export function citeAction(found: FoundAction, citations: CitationList): TrackedAction {
  const { minutes, item, resolution, ask, delivery } = found;
  const { done, ...asked } = ask;
  const action: TrackedAction = {
    committee: minutes.part.committee,
    meetingDate: minutes.part.meetingDate ?? '',
    minute: item.number,
    minuteTitle: displayTitle(item.title),
    text: motionWording(resolution).text,
    ...asked,
    status: actionStatus(found),
    cite: citations.cite(minutes.source, resolution),
  };
  if (delivery) {
    action.delivery = {
      committee: delivery.chunk.committee,
      meetingDate: delivery.chunk.meetingDate ?? '',
      title: delivery.title,
      cite: citations.cite(delivery.chunk.source, delivery.span),
    };
  }
  return action;
}
