import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_PASSWORD = "e2e-demo-password";
const dataDir = path.join(root, "tests", ".tmp", "e2e");
/** The e2e server's data directory (its SQLite database and secrets), read by the smoke test for real ids. */
export const E2E_DATA_DIR = dataDir;

// Debian's Chromium; Playwright's own browser downloads are never used.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: path.join(root, "tests", "e2e"),
  outputDir: path.join(root, "test-results"),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, testMatch: /public\.spec\.ts/ },
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], launchOptions },
      testMatch:
        /(staff|intake|console|followup|directory-import|forms|notifications|thesaurus|smoke|studio)\.spec\.ts/,
    },
  ],
  webServer: {
    command: `rm -rf "${dataDir}" && node --import tsx server/index.ts`,
    cwd: root,
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DEMO_DATA: "1",
      DEMO_PASSWORD: E2E_PASSWORD,
      NODE_ENV: "test",
      // Holds end after 45 s (2 minutes by default): console.spec sees the warning 30 s before, without waiting long.
      HOLD_SECONDS: "45",
    },
  },
});
