/**
 * The deployment profile, stored as one row (DeploymentProfile, id 1) and cached in memory per node.
 *
 * At start (`initProfile`, from the runtime's startNode), an empty table is filled from the profile file
 * (PROFILE_FILE, or DATA_DIR/profile.json when it exists), else from the demo's profile when demo data is
 * on; a file that does not validate stops the start with a message naming each wrong field. With neither,
 * the neutral profile is used (not stored) and the admin is asked to complete it.
 *
 * Reads are synchronous (`getProfile`) from the cache. An edit on this node updates it at once; other
 * nodes re-read the row when their copy is older than PROFILE_TTL_MS (30 s), in the background, so a
 * change reaches every node within about half a minute.
 */
import { existsSync, readFileSync } from "node:fs";
import type { AuditActor } from "../../platform/audit.server.ts";
import { audit } from "../../platform/audit.server.ts";
import { ConfigError, getConfig } from "../../platform/config.server.ts";
import { db } from "../../platform/db.server.ts";
import { translate } from "../../platform/i18n/dictionary.ts";
import { setCurrentTimeZone } from "../../platform/time.ts";
import { fieldErrors, parseInput } from "../../platform/validation.ts";
import { NEUTRAL_PROFILE, profileSchema, type Profile, type ProfileInput } from "./schemas.ts";

export const PROFILE_TTL_MS = 30_000;
const ROW_ID = 1;

type Cached = { profile: Profile; stored: boolean; at: number };
let cache: Cached = { profile: NEUTRAL_PROFILE, stored: false, at: 0 };
/** Every change of the cached profile goes through here: the time helpers follow the profile's zone. */
function setCache(c: Cached) {
  cache = c;
  setCurrentTimeZone(c.profile.timeZone);
}
let refreshing: Promise<void> | null = null;
let initialized = false;

/** A profile that does not validate, with one line per wrong field ("council.name: Vui lòng nhập trường này."). */
export function describeProfileErrors(error: import("zod/v4").ZodError): string {
  return Object.entries(fieldErrors(error))
    .map(([field, keys]) => `  ${field}: ${keys.map((k) => translate("vi", k)).join(" ")}`)
    .join("\n");
}

/** Reads and validates a profile file; a missing, unreadable or invalid file throws a ConfigError naming it. */
export function readProfileFile(file: string): Profile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ConfigError(`Invalid deployment profile ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const r = profileSchema.safeParse(raw);
  if (!r.success) throw new ConfigError(`Invalid deployment profile ${file}:\n${describeProfileErrors(r.error)}`);
  return r.data;
}

async function readRow(): Promise<Cached> {
  const row = await db().deploymentProfile.findUnique({ where: { id: ROW_ID } });
  if (!row) return { profile: NEUTRAL_PROFILE, stored: false, at: Date.now() };
  const r = profileSchema.safeParse(JSON.parse(row.data));
  // A row written by an older version that no longer validates: keep serving what validates of it.
  return { profile: r.success ? r.data : NEUTRAL_PROFILE, stored: r.success, at: Date.now() };
}

/**
 * Loads the profile for this node, filling an empty table first (the file, else the demo's profile).
 * Throws a ConfigError when the file is invalid, or when PROFILE_FILE names a file that is not there.
 */
export async function initProfile(opts: { file: string; fileRequired: boolean; demo: ProfileInput | null }) {
  const existing = await db().deploymentProfile.findUnique({ where: { id: ROW_ID } });
  if (!existing) {
    let initial: Profile | null = null;
    let source = "";
    if (existsSync(opts.file)) {
      initial = readProfileFile(opts.file);
      source = opts.file;
    } else if (opts.fileRequired) {
      throw new ConfigError(`Invalid configuration: PROFILE_FILE=${JSON.stringify(opts.file)} no such file`);
    } else if (opts.demo) {
      initial = profileSchema.parse(opts.demo);
      source = "demo";
    }
    if (initial) {
      const data = JSON.stringify(initial);
      await db().$transaction(async (tx) => {
        // Another node starting at the same time may have filled it: the first one wins.
        const there = await tx.deploymentProfile.findUnique({ where: { id: ROW_ID } });
        if (there) return;
        await tx.deploymentProfile.create({ data: { id: ROW_ID, data } });
        await audit(tx, {
          actor: { id: null, label: "system" },
          action: "create",
          entity: "DeploymentProfile",
          entityId: String(ROW_ID),
          after: { source, profile: initial },
        });
      });
    }
  }
  setCache(await readRow());
  initialized = true;
  return { stored: cache.stored };
}

/** The profile (from this node's cache; refreshed in the background past PROFILE_TTL_MS). */
export function getProfile(): Profile {
  if (initialized && !refreshing && Date.now() - cache.at > PROFILE_TTL_MS) {
    refreshing = readRow()
      .then((c) => setCache(c))
      .catch(() => void (cache.at = Date.now())) // the database is away: keep the copy, try again later
      .finally(() => (refreshing = null));
  }
  return cache.profile;
}

/** Whether the deployment has a profile of its own (false: the neutral one, the admin should complete it). */
export function profileIsSet(): boolean {
  getProfile();
  return cache.stored;
}

/** The current profile, re-read from the database (the admin's page shows what is stored). */
export async function loadProfile(): Promise<{ profile: Profile; stored: boolean }> {
  setCache(await readRow());
  return { profile: cache.profile, stored: cache.stored };
}

/** The admin saves the profile: validated, stored, audited with before and after; this node's cache updated. */
export async function saveProfile(actor: AuditActor, raw: unknown): Promise<Profile> {
  const profile = parseInput(profileSchema, raw);
  const data = JSON.stringify(profile);
  await db().$transaction(async (tx) => {
    const before = await tx.deploymentProfile.findUnique({ where: { id: ROW_ID } });
    await tx.deploymentProfile.upsert({ where: { id: ROW_ID }, create: { id: ROW_ID, data }, update: { data } });
    await audit(tx, {
      actor,
      action: before ? "update" : "create",
      entity: "DeploymentProfile",
      entityId: String(ROW_ID),
      before: before ? JSON.parse(before.data) : undefined,
      after: profile,
    });
  });
  setCache({ profile, stored: true, at: Date.now() });
  return profile;
}

/** Months a finished item's personal data is kept: the profile's, else PERSONAL_DATA_RETENTION_MONTHS. */
export function retentionMonths(): number {
  return getProfile().followUp.retentionMonths ?? getConfig().personalDataRetentionMonths;
}

/** Days before a deadline the first reminder goes: the profile's, else REMINDER_DAYS_BEFORE. */
export function reminderDaysBefore(): number {
  return getProfile().followUp.reminderDays ?? getConfig().reminderDaysBefore;
}
