/**
 * npm run docs:render [-- --demo=cantho-2026] [--out=DIR]
 * Starts the app on a fresh embedded database with a demo profile, downloads the demo's issued conclusion
 * notice and its follow-up report as a committee member would, and renders both with LibreOffice headless to
 * PDF and with poppler to one PNG a page, so that every page can be looked at as a clerk would.
 * Needs Debian's libreoffice-writer-nogui and poppler-utils (apt-get install libreoffice-writer-nogui poppler-utils).
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const demo = args.find((a) => a.startsWith("--demo="))?.slice(7) ?? "haugiang-2024";
const out = path.resolve(args.find((a) => a.startsWith("--out="))?.slice(6) ?? "out/docs");
const committees: Record<string, string> = { "haugiang-2024": "ban.vhxh", "cantho-2026": "ban.dothi" };
const password = "docs-render-password-1";

function need(cmd: string, pkg: string) {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
  } catch {
    console.error(`docs:render needs ${cmd}: apt-get install ${pkg}`);
    process.exit(2);
  }
}

async function startApp(dataDir: string): Promise<{ url: string; stop: () => void }> {
  const env = { ...process.env };
  delete env.REDIS_URL; // one node, nothing shared
  const proc = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: {
      ...env,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      PORT: "0",
      DATA_DIR: dataDir,
      DATABASE_URL: `file:${path.join(dataDir, "docs.db")}`,
      DEMO_DATA: "1",
      DEMO_PROFILE: demo,
      DEMO_PASSWORD: password,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  proc.stdout.on("data", (d) => (log += d));
  proc.stderr.on("data", (d) => (log += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not start:\n${log}`)), 60_000);
    proc.stdout.on("data", () => {
      const m = /listening on (http:\/\/[^\s]+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.once("exit", (code) => reject(new Error(`the app exited with ${code}:\n${log}`)));
  });
  return { url, stop: () => proc.kill("SIGTERM") };
}

async function main() {
  need("libreoffice", "libreoffice-writer-nogui");
  need("pdftoppm", "poppler-utils");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ln-docs-"));
  const app = await startApp(dataDir);
  try {
    const login = await fetch(`${app.url}/dang-nhap`, {
      method: "POST",
      body: new URLSearchParams({ username: committees[demo] ?? "admin", password }),
      redirect: "manual",
    });
    const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
    if (!cookie) throw new Error(`could not sign in: ${login.status}`);
    // The demo's own aired and concluded episode (the demonstration series): its notice has a task in every class.
    process.env.DATA_DIR = dataDir;
    process.env.DATABASE_URL = `file:${path.join(dataDir, "docs.db")}`;
    const { getConfig } = await import("../../app/platform/config.server.ts");
    const { initDb, closeDb } = await import("../../app/platform/db.server.ts");
    const { listEpisodes } = await import("../../app/features/episodes/index.server.ts");
    await initDb(getConfig());
    // The latest concluded episode: the demonstration series' aired one (the plan's are from its year).
    const found = (await listEpisodes()).filter((e) => e.status === "concluded").pop();
    await closeDb();
    const episode = found?.id ?? "";
    if (!episode) throw new Error("the demo has no concluded episode with an issued notice");
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const files = [
      ["thong-bao-ket-luan.docx", `/chuong-trinh/${episode}/thong-bao.docx`],
      ["bao-cao-theo-doi.docx", `/quan-tri/bao-cao/bao-cao-theo-doi.docx?ep=${episode}`],
    ];
    for (const [name, url] of files) {
      const res = await fetch(app.url + url, { headers: { cookie } });
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      writeFileSync(path.join(out, name), Buffer.from(await res.arrayBuffer()));
      execFileSync(
        "libreoffice",
        [`-env:UserInstallation=file://${dataDir}/lo`, "--headless", "--convert-to", "pdf", "--outdir", out, name],
        { cwd: out, stdio: "ignore", timeout: 180_000 },
      );
      const pdf = name.replace(/\.docx$/, ".pdf");
      const base = name.replace(/\.docx$/, "");
      execFileSync("pdftoppm", ["-png", "-r", "60", pdf, base], { cwd: out });
      const pages = readdirSync(out).filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"));
      console.log(`${path.join(out, pdf)}: ${pages.length} page(s)`);
      for (const p of pages.sort()) console.log(`  ${path.join(out, p)}`);
    }
  } finally {
    app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
