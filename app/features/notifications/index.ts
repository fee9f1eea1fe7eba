/** The notifications feature's client-safe values: types, labels, e-mail modes. */
export * from "./types.ts";
