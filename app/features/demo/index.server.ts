/** The demo data's door: seeding an empty database, the demo accounts and the demo's deployment profile. */
export { DEMO_ACCOUNTS, isEmpty, seedDemo, type DemoResult } from "./demo.server.ts";
export { DEMO_PROFILE } from "./profile.ts";
