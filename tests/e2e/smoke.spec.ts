/**
 * Smoke: every page, public and staff, opened in Chromium by each role that may see it (one signed-in context per
 * role, reused page after page). A page fails on an error status, an uncaught error or a console error (a
 * hydration mismatch or crash shows as one) and on any serious or critical axe-core violation.
 */
import type { Page } from "@playwright/test";
import type { Role } from "../../app/platform/permissions.ts";
import { ACCOUNTS, axeViolations, expect, signIn, test } from "./fixtures.ts";
import { demoIds, opens, smokePages, type DemoIds } from "./smoke-pages.ts";

const ROLES: (Role | null)[] = ["admin", "operator", "committee", "standing", "agency", null];

/** An admin's gateway, so that its page has a real id (the demo has none). */
async function aWebhook(page: Page): Promise<string> {
  await page.goto("/quan-tri/webhook");
  await page.getByLabel("Tên cổng").fill("Cổng SMS kiểm thử (smoke)");
  await page.getByLabel("Địa chỉ nhận (URL)").fill("https://sms.example/hook");
  await page.getByRole("button", { name: "Tạo mới" }).click();
  const link = page.getByRole("link", { name: "Cổng SMS kiểm thử (smoke)" }).first();
  const href = await link.getAttribute("href");
  return href!.split("/").pop()!;
}

/** Opens one page and returns what is wrong with it (nothing: an empty list). */
async function check(page: Page, path: string, problems: string[]): Promise<string[]> {
  problems.length = 0;
  const res = await page.goto(path);
  const wrong: string[] = [];
  // An unknown unsubscribe link is the one page whose answer is a 404 on purpose.
  const expected = path.includes("khong-co-ma-nay") ? 404 : 200;
  if (res?.status() !== expected) wrong.push(`status ${res?.status()}`);
  // Hydration, then the sockets and loaders settle; a crash while hydrating is a page or console error.
  await page.waitForLoadState("networkidle").catch(() => undefined);
  const hydrated = await page
    .waitForFunction(() => "__remixRouter" in window, undefined, { timeout: 10_000 })
    .then(
      () => true,
      () => false,
    );
  if (!hydrated) wrong.push("no hydration");
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  const ignored = expected === 404 ? /status of 404/ : null;
  wrong.push(...problems.filter((p) => !ignored?.test(p)));
  wrong.push(...(await axeViolations(page)).map((v) => `axe ${v}`));
  // Times are shown in the profile's zone and words, never as UTC ISO strings.
  const iso = (await page.locator("body").innerText()).match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  if (iso) wrong.push(`raw time ${iso[0]}`);
  // Each page names itself with one h1 (a best practice axe rates moderate; screen readers jump to it).
  const h1 = await page.locator("h1").count();
  if (h1 !== 1) wrong.push(`${h1} h1 headings`);
  return wrong.map((w) => `${path}: ${w}`);
}

let ids: DemoIds;
test.beforeAll(() => {
  ids = demoIds();
});

async function everyPage(role: Role | null, page: Page, problems: string[]) {
  let webhook = "none";
  if (role) {
    await signIn(page, ACCOUNTS[role]);
    if (role === "admin") webhook = await aWebhook(page);
  }
  const pages = smokePages(ids, webhook).filter((p) => opens(role, p));
  expect(pages.length).toBeGreaterThan(role ? 12 : 10);
  const wrong: string[] = [];
  for (const p of pages) wrong.push(...(await check(page, p.path, problems)));
  expect(wrong).toEqual([]);
}

for (const role of ROLES) {
  test(`every page ${role ? `a ${role} may see` : "a viewer sees"} opens without errors and passes axe`, async ({
    page,
    problems,
  }) => {
    test.setTimeout(240_000);
    await everyPage(role, page, problems);
  });
}

test.describe("on a phone's screen", () => {
  // Narrow screens scroll tables and wrap headers: what axe finds there, a desktop does not show.
  test.use({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });
  for (const role of [null] as const) {
    test(`every page ${role ? `a ${role} may see` : "a viewer sees"} passes on a phone`, async ({ page, problems }) => {
      test.setTimeout(240_000);
      await everyPage(role, page, problems);
    });
  }
});
