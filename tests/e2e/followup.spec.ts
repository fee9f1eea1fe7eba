import { expect, signIn, test } from "./fixtures.ts";

test("after the show: the committee drafts and the Standing Committee issues the notice; the agency answers; the public sees the answer", async ({
  browser,
  page,
  problems,
}) => {
  // The operator runs the (demo) upcoming episode and routes a question during it.
  await signIn(page, "tongdai1");
  await page.goto("/quan-tri/chuong-trinh");
  await page.getByRole("link", { name: /Thu hút đầu tư vào các khu, cụm công nghiệp/ }).click();
  await page.waitForURL(/\/quan-tri\/chuong-trinh\/[a-z0-9]{20,}$/);
  const editorUrl = page.url();
  const episodeId = editorUrl.split("/").pop()!;
  await page.getByRole("button", { name: "Chuyển sang “Đang phát trực tiếp”" }).click();
  await expect(page.getByTestId("staff-status")).toContainText("Đang phát trực tiếp");
  const q = await (
    await page.request.post(`/api/episodes/${episodeId}/questions`, {
      data: {
        text: "Giá thuê đất trong khu công nghiệp Sông Hậu cao, tỉnh có hỗ trợ nhà đầu tư nhỏ không?",
        clientKey: `e2e-followup-${Date.now()}`,
      },
    })
  ).json();
  expect(q.trackingCode, JSON.stringify(q)).toBeTruthy();
  const sugg = await (await page.request.get(`/api/questions/${q.id}/suggestions`)).json();
  expect(sugg.routing, JSON.stringify(sugg)).toBeTruthy();
  const bql = sugg.routing.find((s: { code: string }) => s.code === "BQLKCN");
  expect(bql).toBeTruthy();
  expect(
    (
      await page.request.post(`/api/questions/${q.id}/actions`, {
        data: { action: "route", version: 1, agencyId: bql.organization.id },
      })
    ).status(),
  ).toBe(200);
  await page.goto(editorUrl);
  await page.getByRole("button", { name: "Chuyển sang “Đã phát sóng”" }).click();
  await expect(page.getByTestId("staff-status")).toContainText("Đã phát sóng");

  // The lead committee drafts and submits.
  const ban = await browser.newContext();
  const bp = await ban.newPage();
  await signIn(bp, "ban.ktns");
  await bp.goto(`/quan-tri/chuong-trinh/${episodeId}/ket-luan`);
  await bp.getByRole("button", { name: "Lập dự thảo thông báo kết luận" }).click();
  await expect(bp.getByTestId("notice-status")).toHaveText("Dự thảo");
  await expect(bp.getByTestId("notice-tasks")).toContainText("1 ý kiến kèm theo");
  await bp
    .getByLabel("Nội dung kết luận")
    .fill("Thường trực HĐND tỉnh ghi nhận ý kiến của cử tri về giá thuê đất trong các khu công nghiệp.");
  await bp.getByRole("button", { name: "Lưu" }).first().click();
  await expect(bp.getByText("Đã lưu.")).toBeVisible();
  await bp.getByRole("button", { name: "Trình Thường trực HĐND" }).click();
  await expect(bp.getByTestId("notice-status")).toHaveText("Đã trình Thường trực");

  // The Standing Committee issues it.
  const tt = await browser.newContext();
  const tp = await tt.newPage();
  await signIn(tp, "thuongtruc");
  await tp.goto(`/quan-tri/chuong-trinh/${episodeId}/ket-luan`);
  await tp.getByLabel("Số, ký hiệu").fill("41/TB-HĐND");
  await tp.getByLabel("Ngày ban hành").fill(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10));
  await tp.getByRole("button", { name: "Ban hành" }).click();
  await expect(tp.getByTestId("notice-status")).toHaveText("Đã ban hành");
  const [download] = await Promise.all([
    tp.waitForEvent("download"),
    tp.getByRole("link", { name: "Tải DOCX" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);

  // The agency answers from its inbox.
  const ag = await browser.newContext();
  const ap = await ag.newPage();
  await signIn(ap, "bql.kcn");
  await ap.getByRole("link", { name: "Hộp thư đơn vị" }).click();
  await ap
    .getByTestId("agency-items")
    .getByRole("link", { name: /Giá thuê đất trong khu công nghiệp Sông Hậu/ })
    .click();
  const typed =
    "Ban Quản lý các KCN trả lời:\n\n- Nhà đầu tư nhỏ và vừa được **giảm 50%** tiền thuê đất 3 năm đầu.\n- Liên hệ Phòng Quản lý đầu tư.";
  await ap.getByLabel("Nội dung trả lời").fill(typed);
  await ap.getByRole("button", { name: "Gửi Ban HĐND xem xét" }).click();
  await expect(ap.getByTestId("answer-status")).toHaveText("Chờ Ban HĐND xem xét");
  await expect(ap.getByLabel("Nội dung trả lời")).toHaveValue(typed); // stored as typed, list markers and bold included

  // The committee approves; the public sees the answer.
  await bp.reload();
  const review = bp.getByTestId("to-review");
  await expect(review).toContainText("giảm 50%");
  await review.getByRole("button", { name: "Duyệt và công khai" }).click();
  // The approved answer is progress on its task; the committee confirms the task done.
  const fu = bp.getByTestId("followup");
  await expect(fu).toContainText("Đã duyệt, công khai");
  await expect(fu).toContainText("Đang thực hiện trong hạn");
  await fu.getByText("Thao tác").first().click();
  await fu.getByRole("button", { name: "Xác nhận hoàn thành" }).click();
  await expect(fu).toContainText("Hoàn thành đúng hạn");

  const pub = await browser.newContext();
  const pp = await pub.newPage();
  await pp.goto(`/chuong-trinh/${episodeId}`);
  await expect(pp.getByTestId("results")).toContainText("Thông báo kết luận số 41/TB-HĐND");
  await expect(pp.getByTestId("public-answers")).toContainText("giảm 50%");
  await pp.goto(`/theo-doi/${q.trackingCode}`);
  await expect(pp.getByTestId("published-answer")).toContainText("giảm 50%");
  await expect(pp.getByTestId("published-answer").locator("ul > li")).toHaveCount(2);
  await expect(pp.getByTestId("published-answer").locator("li strong")).toHaveText("giảm 50%");
  // A task's deadline is a day, written as one in either language (no weekday, no time).
  await pp.goto(`/chuong-trinh/${episodeId}`);
  const results = pp.getByTestId("results");
  await expect(results.getByText(/^Hạn hoàn thành: \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await pp.getByRole("button", { name: "English" }).click();
  await expect(results.getByText(/^Due date: \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  for (const ctx of [ban, tt, ag, pub]) await ctx.close();
  expect(problems).toEqual([]);
});
