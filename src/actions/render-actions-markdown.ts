import { renderSourceList } from '../meeting-papers/render-source-list.js';
import { renderAsk } from './render-ask.js';
import type { ActionList } from './tracked-action.js';

/** The actions tracker as markdown: open asks first, then those a later paper appears to address, then those done. */
export function renderActionsMarkdown(list: ActionList): string {
  const scope = [list.topic && `on “${list.topic}”`, list.status && `(${list.status})`].filter(Boolean).join(' ');
  if (list.actions.length === 0)
    return `No asks for a future report, update or briefing found${scope ? ` ${scope}` : ''}.`;
  const lines = [`# Actions tracker${scope ? ` ${scope}` : ''}`, ''];
  const open = list.actions.filter((action) => action.status === 'open');
  const addressed = list.actions.filter((action) => action.status === 'appears addressed');
  if (open.length > 0) lines.push(`## Open (${open.length})`, '', ...open.map(renderAsk), '');
  if (addressed.length > 0) {
    lines.push(
      `## Appear addressed (${addressed.length})`,
      '',
      '_A later paper on the same topic suggests delivery; check the cited passage._',
      '',
    );
    lines.push(...addressed.map(renderAsk), '');
  }
  const done = list.actions.filter((action) => action.status === 'done');
  if (done.length > 0) lines.push(`## Done (${done.length})`, '', ...done.map(renderAsk), '');
  lines.push(renderSourceList(list.citations));
  return lines.join('\n').trim();
}
