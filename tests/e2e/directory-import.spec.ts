/**
 * The directory import in the browser: the admin downloads the template, adds a ward's UBND and places
 * (one row wrong), sees that row's error in the preview, fixes it, imports, and finds the places listed.
 */
import ExcelJS from "exceljs";
import { axeViolations, expect, signIn, test } from "./fixtures.ts";

async function xlsx(wb: ExcelJS.Workbook) {
  return {
    name: "danh-ba.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}

test("the admin imports a directory file: a row error in the preview, then the fixed file; a question naming a former ward goes to the new ward's UBND", async ({
  browser,
  page,
  problems,
}) => {
  await signIn(page, "admin");
  await page.goto("/quan-tri/don-vi");
  await page.getByRole("link", { name: "Nhập từ tệp" }).click();
  await expect(page.getByRole("heading", { name: "Nhập danh bạ từ tệp" })).toBeVisible();

  // The template, with the current directory in it.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải mẫu (XLSX)" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await (await download).path());
  const orgs = wb.getWorksheet("Cơ quan")!;
  expect(orgs.getCell("A1").text).toBe("Mã");
  orgs.addRow(["UBND-NINHKIEU", "Ủy ban nhân dân phường Ninh Kiều", "UBND P. Ninh Kiều", "UBND địa phương", "UBND"]);
  const places = wb.getWorksheet("Địa bàn")!;
  places.addRow(["phường", "Ninh Kiều", "UBND-NINHKIEU", "phường Tân An; phường Thới Bình; phường Xuân Khánh"]);
  const bad = places.addRow(["phường", "Cái Khế", "UBND-CAIKHE", ""]);

  // One row wrong: the preview names it, and offers no import.
  await page.getByLabel(/Tệp danh bạ/).setInputFiles(await xlsx(wb));
  await page.getByRole("button", { name: "Xem trước" }).click();
  const errors = page.locator("#import-errors tbody tr");
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toContainText("Địa bàn");
  await expect(errors.first()).toContainText(String(bad.number));
  await expect(errors.first()).toContainText("Mã UBND");
  await expect(errors.first()).toContainText("Không có cơ quan mã UBND-CAIKHE");
  await expect(page.getByRole("button", { name: "Nhập danh bạ" })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // Fixed: the preview counts the changes, the import applies them.
  bad.getCell(3).value = "UBND-NINHKIEU";
  await page.getByLabel(/Tệp danh bạ/).setInputFiles(await xlsx(wb));
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.locator('tr[data-table="places"] td[data-count="new"]')).toHaveText("2");
  await expect(page.locator('tr[data-table="organizations"] td[data-count="new"]')).toHaveText("1");
  await page.getByRole("button", { name: "Nhập danh bạ" }).click();
  await expect(page.getByText("Đã nhập danh bạ từ tệp danh-ba.xlsx.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/quan-tri/dia-ban");
  const row = page.getByRole("row", { name: /phường Ninh Kiều/ });
  await expect(row).toContainText("UBND-NINHKIEU");
  await expect(row).toContainText("phường Tân An; phường Thới Bình; phường Xuân Khánh");
  expect(await axeViolations(page)).toEqual([]);

  // Routing in the two-tier structure: a viewer names a former ward, typed without diacritics; the operator's
  // console suggests the new ward's UBND first, saying why, and routes it there.
  const staff = await browser.newContext({ locale: "vi-VN" });
  const operator = await staff.newPage();
  await signIn(operator, "tongdai1");
  await operator.getByRole("link", { name: "Tiếp nhận câu hỏi" }).first().click();
  await expect(operator.getByTestId("connection")).toHaveText("Đã kết nối");
  const phone = await browser.newContext({ locale: "vi-VN" });
  const viewer = await phone.newPage();
  await viewer.goto(operator.url().replace("/quan-tri/chuong-trinh/", "/chuong-trinh/").replace("/tiep-nhan", ""));
  const text = "Den duong trong hem o phuong Xuan Khanh cu bi hu ca thang nay chua ai sua";
  await viewer.getByLabel("Câu hỏi, ý kiến của bạn").fill(text);
  await viewer.getByRole("button", { name: "Gửi câu hỏi" }).click();
  await expect(viewer.getByTestId("ask-notice")).toContainText("Mã theo dõi");

  await operator
    .getByTestId("queue")
    .getByRole("button", { name: new RegExp(text.slice(0, 30)) })
    .click();
  const detail = operator.getByTestId("detail");
  const first = detail.getByTestId("suggestions").locator("li").first();
  await expect(first.getByRole("button")).toHaveText("Chuyển UBND P. Ninh Kiều");
  await expect(first).toContainText("tên cũ: phường Xuân Khánh");
  await first.getByRole("button").click();
  await expect(detail).toContainText("Đã chuyển cơ quan có thẩm quyền");
  await expect(detail).toContainText("UBND P. Ninh Kiều");
  await staff.close();
  await phone.close();

  expect(problems).toEqual([]);
});
