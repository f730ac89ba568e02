import { createCitationList } from '../meeting-papers/create-citation-list.js';
import { isPartVisible } from '../meeting-papers/parts.js';
import type { Retriever } from '../search/create-retriever.js';
import type { IndexStore, SearchFilters } from '../store/index-store.js';
import { actionStatus, citeAction } from './cite-action.js';
import { findActions } from './find-actions.js';
import type { ActionList, TrackedAction } from './tracked-action.js';

export interface ActionsRequest {
  store: Pick<IndexStore, 'listParts' | 'listChunks' | 'getDocumentText'>;
  retriever: Pick<Retriever, 'retrieve' | 'inverseDocumentFrequency' | 'learnWeights'>;
  topic?: string;
  status?: TrackedAction['status'];
  filters?: SearchFilters;
}

/** The actions tracker: every ask for a future deliverable, newest meeting first, with its apparent status. */
export async function actions({ store, retriever, topic, status, filters }: ActionsRequest): Promise<ActionList> {
  const minutes = (await store.listParts())
    .filter((stored) => stored.part.kind === 'minutes' && isPartVisible(stored.part, filters))
    .sort((a, b) => (b.part.meetingDate ?? '').localeCompare(a.part.meetingDate ?? ''));
  const texts = new Map<string, string>();
  for (const source of new Set(minutes.map((stored) => stored.source)))
    texts.set(source, (await store.getDocumentText(source)) ?? '');
  const found = await findActions({
    minutes,
    retriever,
    topic,
    filters,
    documentText: (source) => texts.get(source) ?? '',
  });
  const citations = createCitationList(store);
  await citations.load(
    found.flatMap((action) => [action.minutes.source, ...(action.delivery ? [action.delivery.chunk.source] : [])]),
  );
  // Open asks first, then those that appear addressed, then those done, as the tracker shows them, so the citation
  // numbers read in order.
  const order: TrackedAction['status'][] = ['open', 'appears addressed', 'done'];
  const rank = (action: (typeof found)[number]) => order.indexOf(actionStatus(action));
  const listed = found
    .filter((action) => !status || actionStatus(action) === status)
    .sort((a, b) => rank(a) - rank(b))
    .map((action) => citeAction(action, citations));
  return {
    actions: listed,
    citations: citations.citations,
    ...(topic ? { topic } : {}),
    ...(status ? { status } : {}),
  };
}
