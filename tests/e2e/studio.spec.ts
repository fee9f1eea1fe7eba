/**
 * The studio (issue 20): the producer may view the queue by viewers' votes, and putting a question on air while
 * another is on air asks first; cancelling leaves the one on air. The presenter's screen follows what the producer
 * puts on air.
 */
import type { Page } from "@playwright/test";
import { axeViolations, expect, signIn, test } from "./fixtures.ts";

/** Signs in as the operator, opens the first episode's console, then its studio; returns the episode's public page. */
async function openStudio(page: Page): Promise<string> {
  await signIn(page, "tongdai1");
  await page.getByRole("link", { name: "Tiếp nhận câu hỏi" }).first().click();
  await page.waitForURL(/\/tiep-nhan$/);
  const episodePage = page.url().replace("/quan-tri/chuong-trinh/", "/chuong-trinh/").replace("/tiep-nhan", "");
  await page.getByRole("link", { name: "Màn hình trường quay" }).click();
  await page.waitForURL(/\/truong-quay$/);
  return episodePage;
}

test("the producer sorts the queue by votes, and confirms before replacing the question on air", async ({
  browser,
  page,
  problems,
}) => {
  test.slow();
  const episodePage = await openStudio(page);
  const queue = page.getByTestId("studio-queue");
  const items = queue.getByRole("listitem");
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(2);
  // The last in the studio's order gets a viewer's vote; sorted by votes, it comes first.
  const last = (await items.last().locator("span.flex-1").innerText()).split("\n")[0].trim();
  const key = last.slice(0, 30);

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await viewer.goto(episodePage);
  const onBoard = viewer.getByTestId("board").getByRole("listitem").filter({ hasText: key });
  await onBoard.getByRole("button", { name: /Ủng hộ câu hỏi này/ }).click();
  await expect(onBoard.getByRole("button", { name: /Ủng hộ câu hỏi này: 1/ })).toBeVisible();
  await viewerContext.close();

  const sort = page.getByTestId("sort-votes");
  await sort.click();
  await expect(sort).toHaveAttribute("aria-pressed", "true");
  await expect(items.first()).toContainText(key);
  await expect(items.first()).toContainText("▲ 1");

  // Nothing on air (or replace what another test left there), then the first by votes goes on air.
  const onAir = page.getByTestId("on-air");
  const confirm = page.getByRole("alertdialog");
  await items.first().getByRole("button", { name: "Đưa lên sóng" }).click();
  if (await confirm.isVisible()) await confirm.getByRole("button", { name: "Thay câu hỏi trên sóng" }).click();
  await expect(onAir).toContainText(key);

  // Another one while it is on air: asked first; cancelling keeps it.
  const other = items.first();
  const otherText = (await other.locator("span.flex-1").innerText()).split("\n")[0].trim().slice(0, 30);
  await other.getByRole("button", { name: "Đưa lên sóng" }).click();
  await expect(confirm).toContainText("đang phát sóng");
  await confirm.getByRole("button", { name: "Hủy" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(onAir).toContainText(key);
  await other.getByRole("button", { name: "Đưa lên sóng" }).click();
  await confirm.getByRole("button", { name: "Thay câu hỏi trên sóng" }).click();
  await expect(onAir).toContainText(otherText);
  expect(await page.evaluate(() => document.title)).toBeTruthy();
  expect(problems).toEqual([]);
});

test("the presenter's screen shows the question the producer puts on air within seconds", async ({
  browser,
  page,
  problems,
}) => {
  test.slow();
  await openStudio(page);
  const items = page.getByTestId("studio-queue").getByRole("listitem");
  // What another test left on air goes back to the queue, so there is one to put on air.
  const back = page.getByTestId("on-air").getByRole("button", { name: "Trả về hàng chờ" });
  await expect.poll(async () => (await items.count()) + (await back.count())).toBeGreaterThanOrEqual(1);
  if (await back.count()) await back.click();
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(1);

  // The presenter opens the screen linked from the studio, in a second window of the same session.
  const presenterUrl = await page.getByRole("link", { name: "Màn hình dẫn chương trình" }).getAttribute("href");
  expect(presenterUrl).toMatch(/\/dan-chuong-trinh$/);
  const presenter = await page.context().newPage();
  presenter.on("pageerror", (e) => problems.push(`presenter pageerror: ${e.message}`));
  presenter.on("console", (m) => {
    if (m.type() === "error") problems.push(`presenter console: ${m.text()}`);
  });
  await presenter.goto(presenterUrl!);
  await expect(presenter.getByRole("heading", { level: 1 })).toHaveCount(1);
  // No staff navigation or site header around it.
  await expect(presenter.getByRole("navigation")).toHaveCount(0);
  const onAir = presenter.getByTestId("presenter-on-air");
  const upNext = presenter.getByTestId("presenter-next");

  // The producer's first in line is the presenter's first "up next".
  const first = items.first();
  const text = (await first.locator("span.flex-1").innerText()).split("\n")[0].trim();
  await expect(upNext.getByRole("listitem").first()).toContainText(text.slice(0, 40));

  // On air in the studio: on the presenter's screen within seconds, with no reload.
  await first.getByRole("button", { name: "Đưa lên sóng" }).click();
  const confirm = page.getByRole("alertdialog");
  if (await confirm.isVisible().catch(() => false))
    await confirm.getByRole("button", { name: "Thay câu hỏi trên sóng" }).click();
  await expect(page.getByTestId("on-air")).toContainText(text.slice(0, 40));
  await expect(onAir).toContainText(text.slice(0, 40), { timeout: 5000 });
  await expect(upNext).not.toContainText(text.slice(0, 40));

  // Large, high-contrast type with no serious accessibility issue.
  const size = await onAir
    .locator("p")
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(48);
  expect(await axeViolations(presenter)).toEqual([]);

  // Server-rendered: without JavaScript the same question shows.
  const state = await page.context().storageState();
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: state });
  const plain = await noJs.newPage();
  await plain.goto(presenterUrl!);
  await expect(plain.getByTestId("presenter-on-air")).toContainText(text.slice(0, 40));
  await noJs.close();

  // Taken off the air: the presenter's screen says so.
  await page.getByTestId("on-air").getByRole("button", { name: "Trả về hàng chờ" }).click();
  await expect(onAir).toContainText("Chưa có câu hỏi nào trên sóng.", { timeout: 5000 });
  expect(problems).toEqual([]);
});
