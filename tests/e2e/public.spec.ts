import { readFileSync } from "node:fs";
import { expect, newEpisode, noHorizontalScroll, signIn, test } from "./fixtures.ts";

test.use({ viewport: { width: 360, height: 740 } });

test("a newcomer sees the live episode, opens the schedule and downloads the calendar", async ({ page, problems }) => {
  await page.goto("/");
  const live = page.getByTestId("live-episode");
  await expect(live).toContainText("Đang phát trực tiếp");
  await expect(live).toContainText("Chính sách hỗ trợ học nghề");
  // The countdown ticks: the page hydrated under the strict CSP.
  const timer = page.getByRole("timer");
  const first = await timer.textContent();
  await expect.poll(async () => timer.textContent(), { timeout: 3000 }).not.toBe(first);
  await noHorizontalScroll(page);

  await page.getByRole("link", { name: "Lịch phát sóng" }).first().click();
  await expect(page.getByRole("heading", { name: "Lịch phát sóng" })).toBeVisible();
  await expect(page.getByTestId("past")).toContainText("Tình hình đào tạo nghề, giải quyết việc làm");
  await expect(page.getByTestId("upcoming")).toContainText("Thu hút đầu tư vào các khu, cụm công nghiệp");
  await noHorizontalScroll(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("ics-link").click()]);
  const ics = readFileSync((await download.path())!, "utf8");
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  // The plan's three episodes and the demonstration series' three (live, next week, aired and concluded).
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);

  await page.getByTestId("past").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Xem ở đâu" })).toBeVisible();
  await expect(page.getByTestId("platforms")).toContainText("YouTube");
  await noHorizontalScroll(page);
  expect(problems).toEqual([]);
});

test("the episode page follows the status live and the language switch works", async ({ page, browser, problems }) => {
  await page.goto("/");
  await page.getByTestId("next-episode").getByRole("link", { name: "Xem chi tiết" }).click();
  await expect(page.getByTestId("episode-status")).toContainText("Sắp phát sóng");
  const episodeUrl = page.url();

  // An operator, in another browser, puts the episode on air.
  const staff = await browser.newContext();
  const op = await staff.newPage();
  await signIn(op, "tongdai1");
  await op.goto(episodeUrl.replace("/chuong-trinh/", "/quan-tri/chuong-trinh/"));
  await op.getByRole("button", { name: "Chuyển sang “Đang phát trực tiếp”" }).click();
  await expect(op.getByTestId("staff-status")).toContainText("Đang phát trực tiếp");

  // The viewer's page changes without reload.
  await expect(page.getByTestId("episode-status")).toContainText("Đang phát trực tiếp", { timeout: 5000 });
  // Put it back for the other tests.
  await op.getByRole("button", { name: "Chuyển sang “Sắp phát sóng”" }).click();
  await expect(page.getByTestId("episode-status")).toContainText("Sắp phát sóng", { timeout: 5000 });
  await staff.close();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Where to watch" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { name: "Xem ở đâu" })).toBeVisible();
  expect(problems).toEqual([]);
});

test("the question form says what is collected, why, who sees it and how long; the policy needs no script", async ({
  page,
  browser,
  problems,
}) => {
  await page.goto("/");
  await page.getByTestId("live-episode").getByRole("link", { name: "Xem và gửi câu hỏi" }).click();
  const notice = page.getByTestId("privacy-notice");
  await expect(notice).toContainText("Về thông tin cá nhân của bạn");
  await expect(notice).toContainText("họ tên, số điện thoại, địa bàn, thư điện tử nhận thông báo; đều không bắt buộc");
  await expect(notice).toContainText("để liên hệ với bạn về câu trả lời");
  await expect(notice).toContainText("tổng đài viên và Ban chủ trì");
  await expect(notice).toContainText("12 tháng kể từ khi câu hỏi được giải quyết xong");
  const consent = page.getByLabel("Tôi đồng ý để cơ quan trả lời liên hệ với tôi qua số điện thoại này");
  await expect(consent).not.toBeChecked();
  await consent.check();
  await expect(consent).toBeChecked();
  // Name and phone stay optional, and the fields point to the notice.
  await expect(page.getByLabel(/^Số điện thoại/)).toHaveAttribute("aria-describedby", "ask-privacy");
  await expect(page.getByLabel(/^Số điện thoại/)).not.toHaveAttribute("required", /.*/);
  await noHorizontalScroll(page);
  await notice.getByRole("link", { name: "Chính sách xử lý dữ liệu cá nhân" }).click();
  await expect(page).toHaveURL(/\/chinh-sach-du-lieu$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chính sách xử lý dữ liệu cá nhân");
  expect(problems).toEqual([]);

  // Without JavaScript: the server renders the whole policy, with the retention period.
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const policy = await noScript.newPage();
  await policy.goto("/chinh-sach-du-lieu");
  await expect(policy.getByRole("heading", { level: 1 })).toHaveText("Chính sách xử lý dữ liệu cá nhân");
  await expect(policy.getByText("Nghị định số 13/2023/NĐ-CP").first()).toBeVisible();
  for (const h of ["1. Dữ liệu được thu thập", "2. Mục đích xử lý", "3. Ai được xem", "5. Quyền của bạn"])
    await expect(policy.getByRole("heading", { name: h })).toBeVisible();
  await expect(policy.getByTestId("privacy-howLong")).toContainText("được lưu 12 tháng kể từ khi câu hỏi");
  await expect(policy.getByTestId("privacy-howLong")).toContainText("Bản sao lưu");
  await expect(policy.locator('meta[name="description"]')).toHaveAttribute("content", /Nghị định số 13\/2023\/NĐ-CP/);
  await noHorizontalScroll(policy);
  await noScript.close();
});

test("the question box says how many characters are left as the 2,000 limit nears", async ({ page, problems }) => {
  await page.goto("/");
  await page.getByTestId("live-episode").getByRole("link", { name: "Xem và gửi câu hỏi" }).click();
  const box = page.getByLabel("Câu hỏi, ý kiến của bạn");
  const count = page.getByTestId("ask-count");
  await box.fill("Câu hỏi ngắn về học nghề");
  await expect(count).toHaveText("");
  await box.fill("a".repeat(1850));
  await expect(count).toHaveText("Còn 150 ký tự.");
  await expect(count).toHaveAttribute("aria-live", "polite");
  await box.fill("a".repeat(2000));
  await expect(count).toHaveText("Còn 0 ký tự.");
  expect(problems).toEqual([]);
});

test("without JavaScript the question is posted, answered with its tracking code, and nothing personal is in a URL", async ({
  browser,
}) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const phone = await noScript.newPage();
  const urls: string[] = [];
  phone.on("request", (r) => urls.push(decodeURIComponent(r.url())));
  await phone.goto("/");
  await phone.getByTestId("live-episode").getByRole("link", { name: "Xem và gửi câu hỏi" }).click();
  const text = "Hỏi không cần JavaScript: trợ cấp học nghề cho lao động nông thôn nhận ở đâu?";
  // First a mistake (too short), answered on the field; then the question.
  await phone.getByLabel("Câu hỏi, ý kiến của bạn").fill("ngắn");
  await phone.getByRole("textbox", { name: /^Số điện thoại/ }).fill("0912 777 654");
  await phone.getByRole("button", { name: "Gửi câu hỏi" }).click();
  await expect(phone.locator("#ask-text-err")).toBeVisible();
  await phone.getByLabel("Câu hỏi, ý kiến của bạn").fill(text);
  await phone.getByRole("textbox", { name: /^Số điện thoại/ }).fill("0912 777 654");
  await phone.getByRole("textbox", { name: /^Họ tên/ }).fill("Nguyễn Văn Thử");
  await phone.getByRole("button", { name: "Gửi câu hỏi" }).click();
  await expect(phone.getByTestId("ask-sent")).toContainText("Mã theo dõi");
  for (const u of [...urls, decodeURIComponent(phone.url())]) {
    expect(u).not.toContain("0912");
    expect(u).not.toContain("Nguyễn");
    expect(u).not.toContain("trợ cấp học nghề");
    expect(u).not.toContain("ngắn");
  }
  await noScript.close();
});

test("a question being typed when the broadcast ends is kept, and offered for a written answer", async ({
  browser,
  page,
  problems,
}) => {
  test.slow();
  const episode = await newEpisode(browser, `Câu hỏi gửi sau chương trình ${Date.now().toString(36)}`);
  await episode.status("Đang phát trực tiếp");

  await page.goto(`/chuong-trinh/${episode.id}`);
  await expect(page.getByTestId("episode-status")).toContainText("Đang phát trực tiếp");
  const box = page.getByLabel("Câu hỏi, ý kiến của bạn");
  const text = "Trạm y tế xã thiếu bác sĩ trực đêm, người dân phải đi xa khi cấp cứu. Khi nào được bổ sung?";
  await box.fill(text);
  await page.getByRole("textbox", { name: /^Họ tên/ }).fill("Phạm Thị Lan");
  await expect(page.getByRole("button", { name: "Gửi câu hỏi" })).toBeVisible();

  // The broadcast ends while the viewer is typing: nothing typed is lost, and a written answer is offered.
  await episode.status("Đã phát sóng");
  await expect(page.getByTestId("episode-status")).toContainText("Đã phát sóng", { timeout: 5000 });
  await expect(page.getByTestId("ask-written")).toContainText("trả lời bằng văn bản");
  await expect(box).toHaveValue(text);
  await expect(page.getByRole("textbox", { name: /^Họ tên/ })).toHaveValue("Phạm Thị Lan");
  await expect(page.getByRole("button", { name: "Gửi câu hỏi", exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Gửi để được trả lời bằng văn bản" }).click();
  await expect(page.getByTestId("ask-notice")).toContainText("Đã gửi câu hỏi. Mã theo dõi:");
  await expect(page.getByTestId("ask")).toContainText(text.slice(0, 40));

  // Without JavaScript the page comes in its written-answer mode too.
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const plain = await noScript.newPage();
  await plain.goto(`/chuong-trinh/${episode.id}`);
  await expect(plain.getByRole("heading", { name: "Gửi câu hỏi để được trả lời bằng văn bản" })).toBeVisible();
  await expect(plain.getByRole("button", { name: "Gửi để được trả lời bằng văn bản" })).toBeVisible();
  await noScript.close();
  await episode.close();
  expect(problems).toEqual([]);
});
