import { z } from 'zod';
import { partKinds } from '../../core/paper.js';

const citationSchema = z.object({
  n: z.number(),
  committee: z.string(),
  meetingDate: z.string().nullable(),
  partKind: z.enum(partKinds),
  minute: z.string().optional(),
  title: z.string(),
  heading: z.string(),
  quote: z.string(),
  source: z.string(),
  start: z.number(),
  end: z.number(),
  line: z.number(),
});

/** An answer Quorum posted, kept so its buttons (quotes, feedback) work after the fact. */
export const answerRecordSchema = z.object({
  id: z.string(),
  at: z.string(),
  question: z.string(),
  text: z.string(),
  citations: z.array(citationSchema),
  abstained: z.boolean(),
  user: z.string(),
  channel: z.string(),
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

/** One 👍 / 👎 press, self-contained so the feedback file reads on its own. */
export const feedbackVoteSchema = z.object({
  answerId: z.string(),
  vote: z.enum(['up', 'down']),
  question: z.string(),
  answer: z.string(),
  citations: z.array(citationSchema),
  abstained: z.boolean(),
  user: z.string(),
  channel: z.string(),
  at: z.string(),
});
export type FeedbackVote = z.infer<typeof feedbackVoteSchema>;
