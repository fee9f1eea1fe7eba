/** The notifications feature's client-safe values: types, labels, e-mail modes, deliveries (forms: schemas.ts). */
export * from "./types.ts";
