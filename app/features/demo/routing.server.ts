/** A demo profile's directory as the router reads it, straight from its files (routing evaluation, tests). */
import { directoryForRouting } from "../directory/index.server.ts";
import { readDemoDirectory } from "./demo.server.ts";
import { DEMO_SETS, type DemoKey } from "./sets.ts";

export async function demoRouting(key: DemoKey, root = process.cwd()) {
  return directoryForRouting(await readDemoDirectory(DEMO_SETS[key], root));
}
