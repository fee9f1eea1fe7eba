/**
 * Callers' personal data in staff views (Decree 13/2023/NĐ-CP, docs/PRIVACY.md).
 * Name, phone and area reach only staff holding `personal:view` for the
 * episode (operators, the lead Ban); the phone even then is masked, and its
 * full number is read through an audited use case (`revealPhone`). The
 * episode's event log stores no personal data at all, so erasing a question's
 * columns erases it everywhere.
 */
import { maskEmail, maskPhone } from "../privacy/index.ts";

type Personal = {
  name: string;
  phone: string;
  area: string;
  hasPhone: boolean;
  /** The e-mail the asker asked to be told at: seen by exactly those who see the phone, masked like it. */
  email: string;
  notifyPhone: boolean;
};

/**
 * What one recipient sees of a question: with `personal`, the name, area, masked phone and masked e-mail;
 * else none of them.
 */
export function shapeQuestion<T extends Personal>(q: T, personal: boolean): T {
  return personal
    ? { ...q, phone: maskPhone(q.phone), hasPhone: !!q.phone, email: maskEmail(q.email) }
    : { ...q, name: "", phone: "", area: "", hasPhone: false, email: "", notifyPhone: false };
}

/** A question as the episode's event log keeps it: no personal data. */
export function withoutPersonal<T extends Personal>(q: T): T {
  return shapeQuestion(q, false);
}
