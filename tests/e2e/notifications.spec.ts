/**
 * The bell (issue 19): the agency's count rises, without a reload, when the lead Ban returns its
 * answer for rework; the notification leads to the item; the pages pass axe.
 */
import { axeViolations, expect, signIn, test } from "./fixtures.ts";

test("the agency's bell counts the Ban's return live, and its notification opens the item", async ({
  browser,
  page,
  problems,
}) => {
  // The agency, on its inbox, with the bell in the header.
  await signIn(page, "so.ldtbxh");
  await page.goto("/quan-tri/hop-thu");
  const bell = page.getByTestId("bell");
  await expect(bell).toBeVisible();
  const count = async () =>
    Number(
      (await page
        .getByTestId("bell-count")
        .textContent({ timeout: 500 })
        .catch(() => "0")) ?? 0,
    );
  const before = await count();

  // The lead Ban returns the demo's answer waiting for its review.
  const ban = await browser.newContext();
  const bp = await ban.newPage();
  await signIn(bp, "ban.vhxh");
  await bp.goto("/quan-tri/chuong-trinh");
  await bp
    .getByRole("link", { name: /Chính sách hỗ trợ người lao động mất việc làm/ })
    .first()
    .click();
  await bp.waitForURL(/\/quan-tri\/chuong-trinh\/[a-z0-9]{20,}$/);
  await bp.goto(`${bp.url()}/ket-luan`);
  const review = bp
    .locator("form")
    .filter({ has: bp.getByRole("button", { name: "Đề nghị bổ sung" }) })
    .first();
  await review.getByLabel("Ý kiến của Ban").fill("Đề nghị bổ sung căn cứ và thời gian chi trả.");
  await Promise.all([
    bp.waitForResponse((r) => r.request().method() === "POST" && r.status() === 200),
    review.getByRole("button", { name: "Đề nghị bổ sung" }).click(),
  ]);

  // Without a reload, the agency's bell counts it.
  await expect(page.getByTestId("bell-count")).toHaveText(String(before + 1), { timeout: 10_000 });
  await expect(bell).toHaveAccessibleName(`Thông báo ${before + 1} chưa đọc`);

  // The notifications page lists it; opening it goes to the item and marks it read.
  await bell.click();
  await expect(page).toHaveURL(/\/quan-tri\/thong-bao$/);
  expect(await axeViolations(page)).toEqual([]);
  const entry = page
    .getByTestId("notifications")
    .getByRole("button", { name: /Trả lời cần hoàn thiện/ })
    .first();
  await entry.click();
  await expect(page).toHaveURL(/\/quan-tri\/hop-thu\/[a-z0-9]{20,}$/);
  await expect(page.getByTestId("bell-count"))
    .toHaveText(String(before), { timeout: 5000 })
    .catch(async () => {
      expect(before).toBe(0); // no count shown at zero
      await expect(page.getByTestId("bell-count")).toHaveCount(0);
    });

  // The settings page, with e-mail modes per type.
  await page.goto("/tai-khoan/thong-bao");
  await expect(page.getByLabel("Địa chỉ thư điện tử nhận thông báo")).toHaveValue("so.ldtbxh@haugiang.example");
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
  await ban.close();
});
