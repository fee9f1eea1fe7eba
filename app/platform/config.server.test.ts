import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.server.ts";

describe("loadConfig", () => {
  it("has working defaults: SQLite under data/, demo data outside production", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.provider).toBe("sqlite");
    expect(c.databaseUrl).toMatch(/^file:.*data\/langnghe\.db$/);
    expect(c.demoData).toBe(true);
    expect(c.secureCookies).toBe(false);
    expect(c.personalDataRetentionMonths).toBe(12);
    expect(c.personalDataEraseIntervalHours).toBe(24);
  });

  it("reads the personal data retention period in whole months", () => {
    expect(loadConfig({ PERSONAL_DATA_RETENTION_MONTHS: "24" }).personalDataRetentionMonths).toBe(24);
    expect(loadConfig({ PERSONAL_DATA_ERASE_INTERVAL_HOURS: "0" }).personalDataEraseIntervalHours).toBe(0);
  });

  it("turns demo data off and secure cookies on in production", () => {
    const c = loadConfig({ NODE_ENV: "production" });
    expect(c.demoData).toBe(false);
    expect(c.secureCookies).toBe(true);
  });

  it("chooses PostgreSQL from the URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgresql://u@h/db" }).provider).toBe("postgresql");
  });

  it.each([
    [{ PORT: "http" }, /PORT="http"/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL="mysql:\/\/x" must start with file:/],
    [{ SESSION_SECRET: "short" }, /SESSION_SECRET=.*at least 32/],
    [{ DEMO_DATA: "maybe" }, /DEMO_DATA="maybe"/],
    [{ PERSONAL_DATA_RETENTION_MONTHS: "0" }, /PERSONAL_DATA_RETENTION_MONTHS="0"/],
    [{ PERSONAL_DATA_RETENTION_MONTHS: "1.5" }, /PERSONAL_DATA_RETENTION_MONTHS="1.5"/],
  ])("names the wrong variable in one line: %o", (env, re) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).message).toMatch(re);
      expect((e as Error).message.includes("\n")).toBe(false);
    }
  });
});
