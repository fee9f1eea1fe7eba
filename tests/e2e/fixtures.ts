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

export { expect };
