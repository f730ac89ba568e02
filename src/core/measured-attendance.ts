/**
 * "Attendance" names two things in council papers: who came to the meeting ("PRESENT:", "In attendance:",
 * apologies) and a figure the council measures and reports on — pupils at school, visitors at a library,
 * patients at a clinic. Asked about the second ("What was summer term attendance at Tarnby?", "Has pupil
 * attendance improved?", "What are the attendance rates?"), a question asks about a topic like any other, and the
 * meeting's attendance list does not answer it.
 */

// Whose or what attendance is counted: "school attendance", "pupils' attendance", "spring term attendance".
const measuredSubject = String.raw`(?:school|schools|pupils?'?|students?'?|learners?'?|children'?s?|class|classroom|college|nursery|term|autumn|spring|summer|year|annual|average|overall|daily|weekly|monthly|primary|secondary|library|clinic|appointment|visitor|event|match|leisure|gym|course|session)`;
// What is measured of it: "attendance rates", "attendance figures", "attendance targets".
const measuredQuantity = String.raw`(?:rates?|figures?|percentages?|levels?|data|statistics|stats|targets?|numbers?|trends?|performance|outcomes?|gaps?)`;

const measuredAttendance = new RegExp(
  String.raw`\b${measuredSubject}\s+attendances?\b|\battendances?\s+${measuredQuantity}\b|\battendances?\s+(?:at|in|of)\s+(?:the\s+)?(?:schools?|class(?:es)?|lessons|pupils|students|learners|children|libraries|clinics?)\b`,
  'gi',
);

// "What did the officer present?", "who will present the budget?": presenting a paper, not being present at the
// meeting ("who was present", "did she present at the meeting" stay).
const presentingVerb = /\b(?:did|does|do|will|would|to|going to)\s+(?:[\p{L}'’-]+\s+){0,4}?present\b(?!\s+at\b)/giu;

/**
 * The question with every mention of attendance as a measured topic, and "present" used for presenting a paper,
 * taken out, so only meeting attendance is left to read.
 */
export function withoutMeasuredAttendance(question: string): string {
  return question
    .replace(measuredAttendance, ' ')
    .replace(presentingVerb, (phrase) => phrase.replace(/present$/i, ' '));
}
