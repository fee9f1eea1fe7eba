import { expect, noHorizontalScroll, test } from "./fixtures.ts";

test("an operator signs in and sees the staff area", async ({ page, loginAs, problems }) => {
  await loginAs("operator");
  await expect(page.getByTestId("staff-user")).toHaveText("Tổng đài viên 1");
  await expect(page.getByRole("heading", { name: "Xin chào, Tổng đài viên 1" })).toBeVisible();
  // Operators do not manage users.
  await expect(page.getByRole("link", { name: "Người dùng" })).toHaveCount(0);
  const res = await page.goto("/quan-tri/nguoi-dung");
  expect(res!.status()).toBe(403);
  await expect(page.getByText("Bạn không có quyền thực hiện thao tác này.")).toBeVisible();
  expect(problems.filter((p) => !p.includes("403"))).toEqual([]);
});

test("an admin creates an episode that then appears on the public schedule", async ({ page, loginAs, problems }) => {
  await loginAs("admin");
  await page.getByRole("link", { name: "Chương trình" }).first().click();
  await page.getByRole("link", { name: "Tạo chương trình" }).click();

  // Submitting empty shows field-level messages in Vietnamese, keyboard only.
  await page.getByRole("button", { name: "Tạo mới" }).press("Enter");
  await expect(page.getByText("Vui lòng kiểm tra các trường được đánh dấu.")).toBeVisible();
  await expect(page.locator("#f-topic-err")).toHaveText("Vui lòng nhập trường này.");
  await expect(page.locator("#f-topic")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Kế hoạch").selectOption({
    label: "02/KH-TT – Kế hoạch triển khai thực hiện nhiệm vụ đột phá “Đưa Nghị quyết vào cuộc sống”",
  });
  await page
    .getByLabel("Chủ đề", { exact: true })
    .fill("Tình hình thực hiện chính sách hỗ trợ nhà ở cho công nhân khu công nghiệp");
  await page.getByLabel("Ban chủ trì").selectOption({ label: "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh" });
  await page.getByLabel("Thời gian bắt đầu (giờ Việt Nam)").fill("2030-03-21T20:00");
  await page.getByLabel("Số đường dây nóng").fill("0293 3 878 999");
  await page.getByRole("button", { name: "Tạo mới" }).click();
  await expect(page.getByRole("heading", { name: "Sửa chương trình" })).toBeVisible();
  await expect(page.getByTestId("checklist").getByRole("listitem")).toHaveCount(5);

  // Add a platform with a link.
  await page.getByLabel("Loại", { exact: true }).selectOption("youtube");
  await page.getByLabel("Tên hiển thị").fill("YouTube Đài PT-TH");
  await page.getByLabel("Đường dẫn").fill("https://www.youtube.com/watch?v=abc");
  await page.getByRole("button", { name: "Thêm" }).first().click();
  await expect(page.getByRole("button", { name: "Xóa YouTube Đài PT-TH" })).toBeVisible();

  await page.goto("/lich");
  await expect(page.getByTestId("upcoming")).toContainText("hỗ trợ nhà ở cho công nhân khu công nghiệp");
  await page.getByRole("link", { name: /hỗ trợ nhà ở cho công nhân/ }).click();
  await expect(page.getByTestId("platforms")).toContainText("YouTube Đài PT-TH");
  await noHorizontalScroll(page);
  // The one expected failure: the empty form's 422.
  expect(problems.filter((p) => !p.includes("status of 422"))).toEqual([]);
});

test("a committee member ticks off its episode's preparation", async ({ page, loginAs, problems }) => {
  await loginAs("committee");
  await page.getByRole("link", { name: "Công tác chuẩn bị" }).click();
  await expect(page.getByRole("heading", { name: "Công tác chuẩn bị các chương trình" })).toBeVisible();
  const section = page.getByRole("region").filter({ hasText: "Chính sách hỗ trợ học nghề" });
  await expect(section).toContainText("Chuẩn bị: 5/5 việc đã xong");
  await section
    .getByRole("button", { name: /Bỏ đánh dấu/ })
    .first()
    .click();
  await expect(section).toContainText("Chuẩn bị: 4/5 việc đã xong");
  await section.getByRole("button", { name: "Đánh dấu đã xong" }).click();
  await expect(section).toContainText("Chuẩn bị: 5/5 việc đã xong");
  expect(problems).toEqual([]);
});

test("an admin's channel-token page works in the browser: it loads, offers the channels and creates a token", async ({
  page,
  loginAs,
  problems,
}) => {
  await loginAs("admin");
  await page.goto("/quan-tri/kenh");
  await expect(page.getByRole("heading", { name: "Kênh tiếp nhận khác" })).toBeVisible();
  await page.getByLabel("Tên kênh").fill("Fanpage kiểm thử");
  await page.getByLabel("Kênh", { exact: true }).selectOption("youtube");
  await page.getByRole("button", { name: "Tạo mới" }).click();
  await expect(page.getByTestId("new-token")).toContainText("ln_");
  expect(problems).toEqual([]);
});
