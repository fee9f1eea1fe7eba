/** The privacy feature's door for client-safe code. Its UI is imported from components/ directly. */
export { ERASED_PERSONAL_DATA, HAS_PERSONAL_DATA } from "./erase.ts";
export { maskEmail, maskPhone, type CallerView } from "./mask.ts";
/** The public page of the personal data policy. */
export const PRIVACY_PATH = "/chinh-sach-du-lieu";
/** The audit actions about askers' personal data (the audit log labels and filters them). */
export const PERSONAL_DATA_ACTIONS = ["personal-view", "personal-search", "personal-export", "personal-erase"] as const;
