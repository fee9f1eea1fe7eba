// Every text, as the server has them (entry.server.tsx): the staff area's and the English ones register
// themselves when loaded (platform/i18n/dictionary.ts).
import "../app/platform/i18n/dictionary-en.ts";
import "../app/platform/i18n/dictionary-policy.ts";
import "../app/platform/i18n/dictionary-staff.ts";
import "../app/platform/i18n/dictionary-tracking.ts";
