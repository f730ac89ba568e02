/**
 * pgvector's text form of one float32 vector. Nine significant digits round-trip any float32 exactly,
 * in about half the characters of a double's shortest form, which is most of what an ingest sends.
 */
export function vectorLiteral(values: ArrayLike<number>): string {
  let text = '[';
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) text += ',';
    text += Number(values[index]!.toPrecision(9));
  }
  return `${text}]`;
}
