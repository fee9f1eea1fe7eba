import { axeViolations, expect, test } from "./fixtures.ts";

test("an admin adds a group of words to the thesaurus, edits it and deletes it", async ({
  page,
  loginAs,
  problems,
}) => {
  await loginAs("admin");
  await page.getByRole("link", { name: "Từ điển đồng nghĩa" }).click();
  await expect(page.getByRole("heading", { name: "Từ điển đồng nghĩa" })).toBeVisible();
  await expect(page.getByTestId("thesaurus-entries")).toContainText("BHYT");
  expect(await axeViolations(page)).toEqual([]);

  // One word is refused on its field, keeping what was typed.
  await page.getByLabel("Các từ cùng nghĩa (mỗi dòng một từ)").fill("xe cứu thương");
  await page.getByRole("button", { name: "Thêm nhóm từ" }).click();
  await expect(page.getByText("Nhập ít nhất hai từ, mỗi dòng một từ.")).toBeVisible();
  await expect(page.getByLabel("Các từ cùng nghĩa (mỗi dòng một từ)")).toHaveValue("xe cứu thương");

  await page.getByLabel("Các từ cùng nghĩa (mỗi dòng một từ)").fill("xe cứu thương\nô tô cấp cứu");
  await page.getByLabel("Nhóm phân biệt (không bắt buộc)").fill("phương tiện");
  await page.getByRole("button", { name: "Thêm nhóm từ" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu từ điển.");
  const row = page.getByTestId("thesaurus-entries").getByRole("row").filter({ hasText: "xe cứu thương" });
  await expect(row).toContainText("ô tô cấp cứu");
  await expect(row).toContainText("phương tiện");

  await page.getByRole("link", { name: "Sửa: xe cứu thương" }).click();
  // The edit form, filled with the group, before typing into it (the link navigates).
  await expect(page.getByLabel("Các từ cùng nghĩa (mỗi dòng một từ)")).toHaveValue(/ô tô cấp cứu/);
  await page.getByLabel("Các từ cùng nghĩa (mỗi dòng một từ)").fill("xe cứu thương\nô tô cấp cứu\nxe 115");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(row).toContainText("xe 115");
  await expect(page.getByLabel("Các từ cùng nghĩa (mỗi dòng một từ)")).toHaveValue("");

  await page.getByRole("button", { name: "Xóa: xe cứu thương" }).click();
  await expect(row).toHaveCount(0);
  // The refused form's answer is a 422 (field messages), which the browser logs.
  expect(problems.filter((p) => !p.includes("422"))).toEqual([]);
});
