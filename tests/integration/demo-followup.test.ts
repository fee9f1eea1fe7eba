/** The default demo's after-broadcast work (fixtures/demo-followup-suite.ts). */
import { demoFollowUpSuite } from "./fixtures/demo-followup-suite.ts";

demoFollowUpSuite("haugiang-2024", { committee: "ban.vhxh", agency: "so.ldtbxh" });
