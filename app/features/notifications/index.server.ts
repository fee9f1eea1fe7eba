/**
 * The notifications feature's door: every hand-off told to its next owner
 * (in the app, live, and by e-mail), the asker kept informed (e-mail, and SMS
 * through the gateway webhooks), the durable outbox that delivers them.
 */
export { startNotifications } from "./start.server.ts";
export {
  listFilter,
  listNotifications,
  markRead,
  openNotification,
  preferencesInput,
  preferencesOf,
  savePreferences,
  settleSeededNotifications,
  staffUnsubscribe,
  unreadCount,
} from "./center.server.ts";
export { compose, deliverDue, lastDigestAt, runOutbox, BACKOFF_MS } from "./outbox.server.ts";
export { mailSender } from "./mail-sender.ts";
export { userOfUnsubscribeToken as userOfToken } from "./mail.server.ts";
export { queueWebhooks, sendWebhook, signWebhook, webhookTypes } from "./webhooks.server.ts";
// Gateway webhooks and the delivery log (the admin's pages /quan-tri/webhook and /quan-tri/gui-tin).
export {
  getWebhook,
  listWebhooks,
  regenerateWebhookSecret,
  saveWebhook,
  setWebhookActive,
  type WebhookAdmin,
} from "./webhook-admin.server.ts";
export { deliveryFilter, listDeliveries, retryAllFailed, retryDelivery } from "./deliveries.server.ts";
export { verifyWebhookSignature } from "./webhook-signature.ts";
