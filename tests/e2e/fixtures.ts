import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { E2E_PASSWORD } from "../playwright.config.ts";

export const ACCOUNTS = {
  admin: "admin",
  standing: "thuongtruc",
  committee: "ban.vhxh",
  operator: "tongdai1",
  agency: "so.ldtbxh",
} as const;

/** Collects CSP violations and page errors so a test can assert there were none. */
export const test = base.extend<{ loginAs: (role: keyof typeof ACCOUNTS) => Promise<void>; problems: string[] }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    await use(problems);
  },
  loginAs: async ({ page }, use) => {
    await use((role) => signIn(page, ACCOUNTS[role]));
  },
});

/** Signs in through the login form and waits for the staff area. */
export async function signIn(page: Page, username: string, password = E2E_PASSWORD) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
}

/**
 * An episode of a test's own (the e2e specs share one database): an admin creates it through the form, in a
 * browser context of its own. `status(label)` moves it as the staff page does ("Đang phát trực tiếp", "Đã phát
 * sóng"…); `close` ends the admin's context.
 */
export async function newEpisode(browser: Browser, topic: string) {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, "admin");
  await admin.goto("/quan-tri/chuong-trinh/moi");
  await admin.getByLabel("Kế hoạch").selectOption({ index: 1 });
  await admin.getByLabel("Chủ đề", { exact: true }).fill(topic);
  await admin.getByLabel("Ban chủ trì").selectOption({ label: "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh" });
  await admin.getByLabel("Thời gian bắt đầu (giờ Việt Nam)").fill("2030-06-01T20:00");
  await admin.getByRole("button", { name: "Tạo mới" }).click();
  await expect(admin.getByRole("heading", { name: "Sửa chương trình" })).toBeVisible();
  const id = /\/quan-tri\/chuong-trinh\/([^/?#]+)/.exec(admin.url())![1];
  return {
    id,
    async status(label: string) {
      await admin.goto(`/quan-tri/chuong-trinh/${id}`);
      await admin.getByRole("button", { name: `Chuyển sang “${label}”` }).click();
      await expect(admin.getByTestId("staff-status")).toContainText(label);
    },
    close: () => context.close(),
  };
}

export async function noHorizontalScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll, "page wider than the viewport").toBeLessThanOrEqual(width);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's serious and critical violations on the page as it is (evaluated past the CSP, as a tool would), by
 * the rules of WCAG 2.1 AA, with "label in name" (2.5.3), which axe still calls experimental, turned on.
 */
export async function axeViolations(page: Page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    return axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      rules: { "label-content-name-mismatch": { enabled: true } },
    });
  });
  return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export { expect };
