/**
 * The deployment profile: filled at start (the demo's, or a file), edited by the admin through the page's
 * plain form (audited), refused to others and for bad input, and a bad profile file stops the start.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profileFormValues, profileSchema } from "../../app/features/profile/schemas.ts";
import { factories } from "../helpers/factories.ts";
import { dropPostgres, freshPostgres, ROOT, startTestServer, TEST_DATABASE } from "../helpers/server.ts";
import { get, login, postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const example = path.join(ROOT, "docs/profile.cantho.example.json");
const cantho = () => JSON.parse(readFileSync(example, "utf8")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const canthoForm = () => ({ intent: "save", ...profileFormValues(profileSchema.parse(cantho())) });

let admin: string;
const server = suiteServer();
beforeAll(async () => {
  admin = await login(server.url, "admin");
});

async function docxText(url: string, cookie?: string) {
  const res = await get(server.url, url, cookie);
  expect(res.status).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  return (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
}

const storedProfile = async () =>
  JSON.parse((await factories.db().deploymentProfile.findUniqueOrThrow({ where: { id: 1 } })).data);

describe("the deployment profile", () => {
  it("starts with the demo's profile when demo data is on", async () => {
    const home = await (await get(server.url, "/")).text();
    expect(home).toContain("Hội đồng nhân dân tỉnh Hậu Giang");
    expect((await storedProfile()).place).toBe("Hậu Giang");
    const page = await (await get(server.url, "/quan-tri/ho-so", admin)).text();
    expect(page).toContain("TM. Thường trực HĐND, KT. Chủ tịch");
    expect(page).not.toContain("Chưa có hồ sơ triển khai");
  });

  it("refuses the page and its form to anyone but the admin", async () => {
    const standing = await login(server.url, "thuongtruc");
    expect((await get(server.url, "/quan-tri/ho-so", standing)).status).toBe(403);
    const res = await postForm(server.url, "/quan-tri/ho-so", canthoForm(), standing);
    expect(res.status).toBe(403);
    expect((await storedProfile()).place).toBe("Hậu Giang");
  });

  it("answers bad input with the fields' errors and changes nothing", async () => {
    const audits = await factories.db().auditEvent.count({ where: { entity: "DeploymentProfile" } });
    const res = await postForm(
      server.url,
      "/quan-tri/ho-so",
      {
        ...canthoForm(),
        "council.name": "",
        "documents.TB.numberPattern": "TB-HĐND",
        "documents.TB.signer.onBehalf": "Thay mặt Thường trực",
        timeZone: "Sao Hỏa",
      },
      admin,
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    for (const key of ["err.required", "err.numberPattern", "err.authority", "err.timeZone"])
      expect(html).toContain(key);
    expect((await storedProfile()).council.name).toBe("Hội đồng nhân dân tỉnh Hậu Giang");
    expect(await factories.db().auditEvent.count({ where: { entity: "DeploymentProfile" } })).toBe(audits);
  });

  it("lets the admin edit it through the page's form: every page shows it at once, and the audit log has it", async () => {
    const res = await postForm(server.url, "/quan-tri/ho-so", canthoForm(), admin);
    expect(res.status).toBe(200);
    const home = await (await get(server.url, "/")).text();
    expect(home).toContain("Hội đồng nhân dân thành phố Cần Thơ");
    expect(home).not.toContain("Hội đồng nhân dân tỉnh Hậu Giang");
    expect((await storedProfile()).header).toEqual(["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"]);
    const audit = await factories.db().auditEvent.findFirstOrThrow({
      where: { entity: "DeploymentProfile", action: "update" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.actorLabel).toBe("admin");
    expect(JSON.parse(audit.before!).council.name).toBe("Hội đồng nhân dân tỉnh Hậu Giang");
    expect(JSON.parse(audit.after!).council.name).toBe("Hội đồng nhân dân thành phố Cần Thơ");
    // The documents take it: the notice's header and default signer, the follow-up report's council,
    // dating line and addressee.
    const ep = await factories.episode({ status: "ended" });
    await factories.db().notice.create({
      data: { episodeId: ep.id, status: "issued", number: "12/TB-HĐND", issuedAt: new Date(), title: "Kết luận" },
    });
    const notice = await docxText(`/chuong-trinh/${ep.id}/thong-bao.docx`);
    for (const s of [
      "HỘI ĐỒNG NHÂN DÂN",
      "THÀNH PHỐ CẦN THƠ",
      "Số: 12/TB-HĐND",
      "TM. THƯỜNG TRỰC HĐND",
      "KT. CHỦ TỊCH",
    ])
      expect(notice, s).toContain(s);
    expect(notice).not.toContain("TỈNH HẬU GIANG");
    const report = await docxText(`/quan-tri/bao-cao/bao-cao-theo-doi.docx?ep=${ep.id}`, admin);
    expect(report).toContain("HĐND THÀNH PHỐ CẦN THƠ");
    expect(report).toContain("/BC-HĐND");
    expect(report).toMatch(/Cần Thơ, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(report).toContain("kính báo cáo Thường trực Hội đồng nhân dân thành phố.");
    expect(report).not.toContain("Hậu Giang");
    // A new episode's hotlines start as the program's.
    expect(await (await get(server.url, "/quan-tri/chuong-trinh/moi", admin)).text()).toContain("0292 3 820 000");
    // The audit page lists it.
    expect(await (await get(server.url, "/quan-tri/nhat-ky?entity=DeploymentProfile", admin)).text()).toContain(
      "DeploymentProfile",
    );
  });
});

describe("the profile file", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ln-profile-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** A database of its own on PostgreSQL (the helper creates one only for servers that start). */
  const databaseEnv = async (): Promise<Record<string, string>> =>
    TEST_DATABASE === "postgresql" ? { DATABASE_URL: await freshPostgres() } : {};

  it("fills an empty database, ahead of the demo's profile", async () => {
    const file = path.join(dir, "good.json");
    writeFileSync(file, JSON.stringify(cantho()));
    const s = await startTestServer({ env: { PROFILE_FILE: file } });
    try {
      expect(await (await get(s.url, "/")).text()).toContain("Hội đồng nhân dân thành phố Cần Thơ");
    } finally {
      await s.cleanup();
    }
  });

  it("without a file or demo data: the neutral profile, and the admin is asked to complete it", async () => {
    const s = await startTestServer({ env: { DEMO_DATA: "0" } });
    try {
      const r = spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          "server/cli/user-create.ts",
          "--username",
          "quan.tri",
          "--name",
          "Quản trị",
          "--role",
          "admin",
        ],
        { cwd: ROOT, env: { ...s.env, NEW_USER_PASSWORD: "a-long-admin-password" }, encoding: "utf8", timeout: 30_000 },
      );
      expect(r.status, r.stderr).toBe(0);
      const home = await (await get(s.url, "/")).text();
      expect(home).toContain("Hội đồng nhân dân");
      expect(home).not.toContain("Hậu Giang");
      const cookie = await login(s.url, "quan.tri", "a-long-admin-password");
      const staff = await (await get(s.url, "/quan-tri", cookie)).text();
      expect(staff).toContain("Chưa có hồ sơ triển khai");
      expect(staff).toContain('href="/quan-tri/ho-so"');
    } finally {
      await s.cleanup();
    }
  });

  it("stops the start when it does not validate, naming each wrong field", async () => {
    const raw = cantho();
    delete raw.council.name;
    raw.documents.TB.numberPattern = "35/TB-HĐND";
    const file = path.join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(raw));
    const env = await databaseEnv();
    try {
      const started = startTestServer({
        env: { ...env, PROFILE_FILE: file },
        dataDir: mkdtempSync(path.join(dir, "d-")),
      });
      await expect(started).rejects.toThrow(/server exited with 1/);
      const message = await started.catch((e: Error) => e.message);
      expect(message).toContain(`Invalid deployment profile ${file}`);
      expect(message).toContain("council.name: Vui lòng nhập trường này.");
      expect(message).toContain("documents.TB.numberPattern: Phải có {number}");
    } finally {
      if (env.DATABASE_URL) await dropPostgres(env.DATABASE_URL);
    }
  });

  it("stops the start when PROFILE_FILE names no file", async () => {
    const env = await databaseEnv();
    try {
      const started = startTestServer({
        env: { ...env, PROFILE_FILE: path.join(dir, "missing.json") },
        dataDir: mkdtempSync(path.join(dir, "d-")),
      });
      await expect(started).rejects.toThrow(/PROFILE_FILE=.*missing\.json.* no such file/);
    } finally {
      if (env.DATABASE_URL) await dropPostgres(env.DATABASE_URL);
    }
  });
});
