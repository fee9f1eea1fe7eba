/** This device's id and its questions, kept in localStorage so nothing typed is lost. */
export type MyQuestion = {
  clientKey: string;
  episodeId: string;
  text: string;
  name: string;
  phone: string;
  area: string;
  publishName: boolean;
  /** Absent on questions stored before it was asked: no consent. */
  contactConsent?: boolean;
  createdAt: string;
  trackingCode?: string;
  status?: string;
  agency?: string | null;
  error?: string;
};

const DEVICE = "ln_device";
const QUESTIONS = "ln_questions";

export function randomKey(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

export function deviceId(): string {
  let id = localStorage.getItem(DEVICE);
  if (!id) {
    id = randomKey();
    localStorage.setItem(DEVICE, id);
  }
  return id;
}

export function loadQuestions(): MyQuestion[] {
  try {
    const v = JSON.parse(localStorage.getItem(QUESTIONS) ?? "[]");
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

export function saveQuestions(list: MyQuestion[]) {
  localStorage.setItem(QUESTIONS, JSON.stringify(list.slice(-100)));
}

export function upsertQuestion(q: MyQuestion): MyQuestion[] {
  const list = loadQuestions();
  const i = list.findIndex((x) => x.clientKey === q.clientKey);
  if (i >= 0) list[i] = { ...list[i], ...q };
  else list.push(q);
  saveQuestions(list);
  return list;
}

const VOTES = "ln_votes";
export function votedIds(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(VOTES) ?? "[]"));
  } catch {
    return new Set();
  }
}
export function markVoted(id: string) {
  const s = votedIds();
  s.add(id);
  localStorage.setItem(VOTES, JSON.stringify([...s].slice(-1000)));
}
