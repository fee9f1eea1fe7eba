/**
 * A form is checked with its shared Zod schema in the browser (Conform) before it is posted, and by the
 * server with the same schema: without JavaScript the post shows the same translated field message.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

const CODE_MESSAGE = "Mã chỉ gồm chữ in hoa, chữ số, dấu gạch.";
const REQUIRED = "Vui lòng nhập trường này.";

/** The POST requests a page sends from now on. */
function posts(page: Page): string[] {
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") sent.push(r.url());
  });
  return sent;
}

test("with JavaScript, a field's error shows when it loses focus, before anything is posted", async ({
  page,
  loginAs,
  problems,
}) => {
  await loginAs("admin");
  await page.goto("/quan-tri/don-vi/moi");
  const sent = posts(page);
  const code = page.getByLabel("Mã", { exact: true });
  await code.fill("so-thu");
  await code.blur();
  await expect(page.locator("#f-code-err")).toHaveText(CODE_MESSAGE);
  await expect(code).toHaveAttribute("aria-invalid", "true");
  await expect(code).toHaveAttribute("aria-describedby", "f-code-err");
  // Once it has an error, it is checked again as it is typed in.
  await code.fill("SO-THU");
  await expect(page.locator("#f-code-err")).toHaveCount(0);
  await expect(code).not.toHaveAttribute("aria-invalid");
  // Submitting with required fields empty is stopped in the browser, with the form's message.
  await page.getByRole("button", { name: "Tạo mới" }).click();
  await expect(page.locator("#f-name-err")).toHaveText(REQUIRED);
  await expect(page.locator("#f-shortName-err")).toHaveText(REQUIRED);
  await expect(page.getByText("Vui lòng kiểm tra các trường được đánh dấu.")).toBeVisible();
  expect(sent).toEqual([]);
  expect(problems).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same form posts and the server's answer shows the same field error", async ({ page, loginAs }) => {
    await loginAs("admin");
    await page.goto("/quan-tri/don-vi/moi");
    await page.getByLabel("Mã", { exact: true }).fill("so-thu");
    await page.getByLabel("Tên đầy đủ").fill("Sở Thử nghiệm");
    await page.getByLabel("Tên viết tắt").fill("STN");
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Tạo mới" }).click(),
    ]);
    expect(res.status()).toBe(422);
    await expect(page.locator("#f-code-err")).toHaveText(CODE_MESSAGE);
    await expect(page.locator("#f-code")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#f-code")).toHaveValue("so-thu");
    await expect(page.locator("#f-name")).toHaveValue("Sở Thử nghiệm");
    await expect(page.getByText("Vui lòng kiểm tra các trường được đánh dấu.")).toBeVisible();
  });
});

test("the deployment profile is checked in the browser with the schema the server uses", async ({
  page,
  loginAs,
  problems,
}) => {
  await loginAs("admin");
  await page.goto("/quan-tri/ho-so");
  const sent = posts(page);
  const name = page.locator('input[name="council.name"]');
  await name.fill("");
  await name.blur();
  await expect(page.locator("#f-council\\.name-err")).toHaveText(REQUIRED);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Vui lòng kiểm tra các trường được đánh dấu.")).toBeVisible();
  expect(sent).toEqual([]);
  expect(problems).toEqual([]);
});
