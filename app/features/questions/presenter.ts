/** What the presenter may show of a question and its asker (pure; the public board's rule). */

/** How many of the next questions the presenter sees. */
export const PRESENTER_NEXT = 3;

export type PresenterQuestion = { id: string; text: string; askerName: string | null; area: string };

/** The given name of a Vietnamese full name (its last word): "Nguyễn Văn An" → "An". */
export function givenName(fullName: string): string | null {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  return words.length ? words[words.length - 1]! : null;
}

/** What the public may know of the asker: nothing unless they agreed to publish their name. */
export function presenterQuestion(q: {
  id: string;
  summary: string;
  name: string;
  area: string;
  publishName: boolean;
}): PresenterQuestion {
  return {
    id: q.id,
    text: q.summary,
    askerName: q.publishName ? givenName(q.name) : null,
    area: q.publishName ? q.area.trim() : "",
  };
}
