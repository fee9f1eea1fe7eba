/** The Cần Thơ 2026 demo's after-broadcast work (fixtures/demo-followup-suite.ts). */
import { demoFollowUpSuite } from "./fixtures/demo-followup-suite.ts";

demoFollowUpSuite("cantho-2026", { committee: "ban.dothi", agency: "so.xaydung" });
