/**
 * Configuration from environment variables, validated with Zod at boot.
 * A wrong value stops the server with one line naming the variable.
 * Secrets that are not given are generated once and kept in DATA_DIR.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod/v4";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no"])
  .transform((v) => v === "1" || v === "true" || v === "yes");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  /** Set when the app is served over HTTPS (directly or behind a proxy): cookies become Secure. */
  SECURE_COOKIES: bool.optional(),
  TRUST_PROXY: z.string().default("loopback"),
  DEMO_DATA: bool.optional(),
  /** Which demo profile seeds an empty database (app/features/demo): haugiang-2024 (default) or cantho-2026. */
  DEMO_PROFILE: z
    .string()
    .regex(/^[a-z0-9-]+$/, "must be a demo profile's name, e.g. cantho-2026")
    .default("haugiang-2024"),
  /** The deployment profile's file, read when the database has none yet (default DATA_DIR/profile.json). */
  PROFILE_FILE: z.string().min(1).optional(),
  DEMO_PASSWORD: z.string().min(8, "must be at least 8 characters").optional(),
  PUBLIC_URL: z.string().url().optional(),
  UPLOAD_MAX_MB: z.coerce.number().min(1).max(200).default(20),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Multiplies every rate limit (load tests, or a very large audience behind one NAT). */
  RATE_LIMIT_SCALE: z.coerce.number().positive().max(100_000).default(1),
  /** smtp://user:pass@host:587 or smtps://…; e-mail reminders are sent only when set. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  /** The sender's address; the name shown is the profile's site name. */
  MAIL_FROM: z.string().default("no-reply@localhost"),
  /** How often each node looks for e-mails to compose and deliveries due (the outbox), in milliseconds. */
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  REMINDER_DAYS_BEFORE: z.coerce.number().int().min(1).max(60).default(7),
  /** How many days after an answer is published its askers may rate it, or change their rating. */
  RATING_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How long an operator's hold on a question lasts without renewal (the console warns 30 s before its end). */
  HOLD_SECONDS: z.coerce.number().int().min(40).max(3600).default(120),
  REMINDER_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(15),
  /** Months after an item is finished before its asker's personal data is erased (docs/PRIVACY.md). */
  PERSONAL_DATA_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** How often the erasure job runs; 0: this process runs none (another node or an outside job does). */
  PERSONAL_DATA_ERASE_INTERVAL_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 7)
    .default(24),
  /** redis://host:6379 — several app nodes: Socket.IO Redis adapter, shared holds and rate limits. */
  /** Prefix of every Redis key and channel: deployments (or test servers) sharing one Redis stay apart. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,40}$/, "letters, digits, _ . : - (at most 40)")
    .default("ln:"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
    .optional(),
});

export type Config = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    throw new ConfigError(`Invalid configuration: ${name}=${JSON.stringify(env[name])} ${issue.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  const dataDir = path.resolve(e.DATA_DIR);
  const databaseUrl = e.DATABASE_URL ?? `file:${path.join(dataDir, "langnghe.db")}`;
  return {
    env: e.NODE_ENV,
    production,
    host: e.HOST,
    port: e.PORT,
    dataDir,
    uploadDir: path.join(dataDir, "uploads"),
    databaseUrl,
    provider: databaseUrl.startsWith("file:") ? ("sqlite" as const) : ("postgresql" as const),
    sessionSecret: e.SESSION_SECRET,
    sessionMaxAgeHours: e.SESSION_MAX_AGE_HOURS,
    secureCookies: e.SECURE_COOKIES ?? production,
    trustProxy: e.TRUST_PROXY,
    demoData: e.DEMO_DATA ?? !production,
    demoPassword: e.DEMO_PASSWORD,
    demoProfile: e.DEMO_PROFILE,
    profileFile: e.PROFILE_FILE ? path.resolve(e.PROFILE_FILE) : path.join(dataDir, "profile.json"),
    /** PROFILE_FILE was given: a missing file is an error, not a fallback. */
    profileFileRequired: Boolean(e.PROFILE_FILE),
    publicUrl: e.PUBLIC_URL,
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    logLevel: e.LOG_LEVEL,
    rateLimitScale: e.RATE_LIMIT_SCALE,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    outboxIntervalMs: e.OUTBOX_INTERVAL_MS,
    reminderDaysBefore: e.REMINDER_DAYS_BEFORE,
    reminderIntervalMinutes: e.REMINDER_INTERVAL_MINUTES,
    ratingWindowDays: e.RATING_WINDOW_DAYS,
    holdMs: e.HOLD_SECONDS * 1000,
    personalDataRetentionMonths: e.PERSONAL_DATA_RETENTION_MONTHS,
    personalDataEraseIntervalHours: e.PERSONAL_DATA_ERASE_INTERVAL_HOURS,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
  };
}

let listening: number | null = null;
/** The port this node listens on (PORT=0 picks one): set once it listens. */
export function setListenPort(port: number) {
  listening = port;
}

/** The site's address for links that leave it (e-mails, webhooks): PUBLIC_URL, or this node's own. */
export function siteUrl(c: Pick<Config, "publicUrl" | "host" | "port"> = getConfig()): string {
  if (c.publicUrl) return c.publicUrl.replace(/\/$/, "");
  const host = !c.host || c.host === "0.0.0.0" || c.host === "::" ? "localhost" : c.host;
  return `http://${host}:${listening ?? c.port}`;
}

/** Reads a secret from DATA_DIR, creating it (mode 0600) on first run. */
export function persistentSecret(dataDir: string, name: string, bytes = 48): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const value = randomBytes(bytes).toString("base64url");
  writeFileSync(file, value + "\n", { mode: 0o600, flag: "wx" });
  return value;
}

let current: Config | undefined;

/** The process-wide configuration, read from the environment once. */
export function getConfig(): Config {
  if (!current) {
    const config = loadConfig();
    config.sessionSecret ??= persistentSecret(config.dataDir, "session-secret");
    current = config;
  }
  return current;
}

export function setConfig(config: Config) {
  current = config;
}
