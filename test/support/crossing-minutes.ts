import { makeMinutes } from './make-paper.js';

/** One paper in two versions, for replace-and-search store tests. */
export const zebra = makeMinutes('zebra.md', {
  date: 'Tuesday 5 March 2024',
  items: [['Zebra crossings', 'Zebra crossings outside primary schools were reviewed.']],
});

export const zebraRevised = makeMinutes('zebra.md', {
  date: 'Tuesday 5 March 2024',
  items: [['Pelican crossings', 'Pelican crossings replaced the old ones near the library.']],
});
