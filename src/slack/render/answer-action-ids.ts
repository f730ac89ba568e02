/** Action ids of the buttons under an answer; each button's value is the stored answer's id. */
export const answerActionIds = {
  showQuotes: 'show_quotes',
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
} as const;
