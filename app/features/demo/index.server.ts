/** The demo data's door: the demo profiles, and seeding an empty database with one of them. */
export { isEmpty, readDemoDirectory, seedDemo, type DemoResult } from "./demo.server.ts";
export type { DemoSet } from "./demo-set.ts";
export { DEFAULT_DEMO, DEMO_KEYS, DEMO_SETS, type DemoKey } from "./sets.ts";
export { demoRouting } from "./routing.server.ts";
