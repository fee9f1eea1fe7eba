/** The demo profiles, by the key `DEMO_PROFILE` takes. */
import { CANTHO_2026 } from "./cantho-2026/index.ts";
import type { DemoSet } from "./demo-set.ts";
import { HAUGIANG_2024 } from "./haugiang-2024/index.ts";

export const DEMO_SETS = { "haugiang-2024": HAUGIANG_2024, "cantho-2026": CANTHO_2026 } satisfies Record<
  string,
  DemoSet
>;
export type DemoKey = keyof typeof DEMO_SETS;
export const DEMO_KEYS = Object.keys(DEMO_SETS) as [DemoKey, ...DemoKey[]];
export const DEFAULT_DEMO: DemoKey = "haugiang-2024";
