import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test as base, expect, type Page } from "@playwright/test";
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
