/**
 * An uploaded directory file kept between its preview and the admin's confirmation, so the confirmation
 * posts an id, never the file again: under DATA_DIR/uploads/.imports, bound to the user who uploaded
 * it, for an hour at most.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { getConfig } from "../../platform/config.server.ts";
import { InvalidInput } from "../../platform/errors.ts";

export const STAGE_TTL_MS = 60 * 60_000;
const ID = /^[a-f0-9]{32}$/;
const dir = () => path.join(getConfig().uploadDir, ".imports");

/** Removes staged files older than the time to live. */
async function sweep() {
  const names = await readdir(dir()).catch(() => [] as string[]);
  const old = Date.now() - STAGE_TTL_MS;
  for (const n of names) {
    const p = path.join(dir(), n);
    const s = await stat(p).catch(() => null);
    if (s && s.mtimeMs < old) await rm(p, { force: true });
  }
}

export async function stageFile(userId: string, file: { name: string; bytes: Buffer }): Promise<string> {
  await sweep();
  await mkdir(dir(), { recursive: true });
  const id = randomBytes(16).toString("hex");
  await writeFile(path.join(dir(), `${id}.bin`), file.bytes, { flag: "wx" });
  await writeFile(path.join(dir(), `${id}.json`), JSON.stringify({ userId, name: file.name, at: Date.now() }));
  return id;
}

/** The staged file, for its uploader only and within the hour; else a field error asking to upload it again. */
export async function stagedFile(userId: string, id: string): Promise<{ name: string; bytes: Buffer }> {
  const expired = new InvalidInput({ file: ["import.file.expired"] });
  if (!ID.test(id)) throw expired;
  await sweep();
  try {
    const meta = JSON.parse(await readFile(path.join(dir(), `${id}.json`), "utf8")) as {
      userId: string;
      name: string;
      at: number;
    };
    if (meta.userId !== userId || Date.now() - meta.at > STAGE_TTL_MS) throw expired;
    return { name: meta.name, bytes: await readFile(path.join(dir(), `${id}.bin`)) };
  } catch {
    throw expired;
  }
}

export async function dropStaged(id: string) {
  if (!ID.test(id)) return;
  await rm(path.join(dir(), `${id}.bin`), { force: true });
  await rm(path.join(dir(), `${id}.json`), { force: true });
}
