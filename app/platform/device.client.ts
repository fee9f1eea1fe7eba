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
  /** Where the asker asked to be told (absent on questions stored before it was asked: nowhere). */
  email?: string;
  notifyPhone?: boolean;
  /** Sent after the broadcast, for a written answer (absent: during it). */
  writtenAnswer?: boolean;
  createdAt: string;
  trackingCode?: string;
  /** The asker's secret, from the submit answer: it proves the asker (rating, personal data). */
  askerSecret?: string;
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

/** Secrets kept from a private link (`/theo-doi/CODE#bi-mat=SECRET`), for questions not asked from this device. */
const SECRETS = "ln_asker_secrets";
function linkedSecrets(): Record<string, string> {
  try {
    const v = JSON.parse(localStorage.getItem(SECRETS) ?? "{}");
    return v && typeof v === "object" && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}

export function rememberAskerSecret(trackingCode: string, secret: string) {
  const all = linkedSecrets();
  all[trackingCode] = secret;
  localStorage.setItem(SECRETS, JSON.stringify(Object.fromEntries(Object.entries(all).slice(-100))));
}

/** The asker's secret for a tracking code, as this device keeps it, or null. */
export function askerSecretFor(trackingCode: string): string | null {
  return (
    loadQuestions().find((q) => q.trackingCode === trackingCode)?.askerSecret ?? linkedSecrets()[trackingCode] ?? null
  );
}

/** Whether this device asked the question (it keeps the tracking code among its questions). */
export function askedHere(trackingCode: string): boolean {
  return loadQuestions().some((q) => q.trackingCode === trackingCode);
}

/** The private link: the secret in the fragment, which browsers never send to the server. */
export function privateLink(trackingCode: string, secret: string): string {
  return `/theo-doi/${trackingCode}#bi-mat=${secret}`;
}
