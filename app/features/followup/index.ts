/** The follow-up feature's door (client-safe): its forms' schemas. */
export { answerSchema, conclusionsSchemas, extensionRequestSchema, progressSchema, returnSchema } from "./schemas.ts";
