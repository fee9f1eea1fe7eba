/** The demo data's door: seeding an empty database and the demo accounts. */
export { DEMO_ACCOUNTS, isEmpty, seedDemo, type DemoResult } from "./demo.server.ts";
