/** The notifications feature's client-safe values: types, labels, e-mail modes. */
export * from "./types.ts";
export {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  webhookSchema,
  webhookUrlOk,
  type DeliveryChannel,
  type DeliveryStatus,
  type WebhookInput,
} from "./schemas.ts";
