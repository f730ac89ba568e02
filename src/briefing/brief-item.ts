import { citeAction } from '../actions/cite-action.js';
import { findActions } from '../actions/find-actions.js';
import type { AgendaItem } from '../core/paper.js';
import type { CitationList } from '../meeting-papers/create-citation-list.js';
import { locateSheetField } from '../meeting-papers/locate-sheet-field.js';
import { topicTerms } from '../meeting-papers/topic-terms.js';
import type { Retriever } from '../search/create-retriever.js';
import type { SearchFilters, StoredPart } from '../store/index-store.js';
import { agendaItemDescription } from './agenda-item-description.js';
import type { AttachedReport, BriefingItem } from './briefing.js';
import { findHistory } from './find-history.js';
import { findKeyFigures } from './find-key-figures.js';

export interface BriefItemRequest {
  item: AgendaItem;
  /** The agenda listing the item, or the work programme planning it. */
  agenda: StoredPart;
  /** The sitting the item is for: history and earlier asks come from before it. */
  meetingDate: string;
  report?: StoredPart;
  /** Every visible part of the index, for history and earlier asks. */
  parts: StoredPart[];
  documentText: (source: string) => string;
  retriever: Pick<Retriever, 'retrieve' | 'inverseDocumentFrequency' | 'learnWeights'>;
  citations: CitationList;
  filters?: SearchFilters;
}

/** One substantive agenda item: what it is, its report, its history, its figures and the asks on its topic. */
export async function briefItem(request: BriefItemRequest): Promise<BriefingItem> {
  const { item, agenda, report, citations, meetingDate } = request;
  const reportTitle = report?.part.report?.title ?? report?.part.title;
  const history = await findHistory({
    retriever: request.retriever,
    parts: request.parts,
    citations,
    topic: [item.title, reportTitle].filter(Boolean).join(' '),
    before: meetingDate,
    filters: request.filters,
  });
  const earlierMinutes = request.parts.filter(
    (stored) =>
      stored.part.kind === 'minutes' && stored.part.meetingDate !== null && stored.part.meetingDate < meetingDate,
  );
  // A title of only procedural words ("Cabinet Member Updates") names no topic to look for earlier asks on.
  const asks =
    topicTerms(item.title).length === 0
      ? []
      : await findActions({
          minutes: earlierMinutes,
          retriever: request.retriever,
          topic: item.title,
          filters: request.filters,
        });
  await citations.load(
    asks.flatMap((ask) => [ask.minutes.source, ...(ask.delivery ? [ask.delivery.chunk.source] : [])]),
  );
  const briefed: BriefingItem = {
    number: item.number,
    title: item.title,
    description: agendaItemDescription(item.description),
    cite: citations.cite(agenda.source, item),
    history,
    keyFigures: [],
    openAsks: asks.map((ask) => citeAction(ask, citations)),
  };
  if (report) {
    const text = request.documentText(report.source);
    briefed.report = attachedReport(report, text, citations);
    briefed.keyFigures = findKeyFigures(text, report.part, {
      title: report.part.report?.title ?? report.part.title,
    }).map((figure) => ({
      figures: figure.figures,
      sentence: figure.text,
      cite: citations.cite(report.source, figure),
    }));
  }
  return briefed;
}

function attachedReport(report: StoredPart, text: string, citations: CitationList): AttachedReport {
  const detail = report.part.report;
  const title = detail?.title ?? report.part.title;
  const attached: AttachedReport = {
    title,
    cite: citations.cite(report.source, {
      start: report.part.start,
      end: Math.min(report.part.end, report.part.start + 300),
    }),
  };
  if (detail?.author) attached.author = detail.author;
  const summary = locateSheetField(text, report.part, 'summary');
  if (detail?.summary && summary)
    attached.summary = { text: detail.summary, cite: citations.cite(report.source, summary) };
  const recommendations = locateSheetField(text, report.part, 'recommendations');
  if (detail?.recommendations && recommendations) {
    attached.recommendations = { text: detail.recommendations, cite: citations.cite(report.source, recommendations) };
  }
  return attached;
}
