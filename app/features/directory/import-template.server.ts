/**
 * The directory's XLSX template: the sheets "Cơ quan" and "Địa bàn" with their headers, a drop-down for
 * the kind, a guide, and the current (active) directory filled in, so that downloading, editing and
 * uploading it again is a round trip.
 */
import { db } from "../../platform/db.server.ts";
import { vi } from "../../platform/i18n/dictionary.ts";
import { GUIDE_SHEET, MAX_IMPORT_ROWS, ORG_COLUMNS, ORG_SHEET, PLACE_COLUMNS, PLACE_SHEET } from "./import-rows.ts";
import { ORG_KINDS, PLACE_KINDS, PLACE_KIND_WORD, type PlaceKind } from "./schemas.ts";

const orgLabel = (kind: string) => vi[`orgKind.${kind}` as keyof typeof vi] ?? kind;

/** What the guide says about each column. */
const GUIDE: [string, string, string][] = [
  [
    ORG_SHEET,
    "Mã",
    "Bắt buộc. Mã duy nhất của cơ quan (chữ in hoa, chữ số, dấu gạch), ví dụ SO-XD. Nhập lại cùng mã để cập nhật.",
  ],
  [ORG_SHEET, "Tên đầy đủ", "Bắt buộc. Tên đầy đủ của cơ quan, đơn vị."],
  [ORG_SHEET, "Tên viết tắt", "Tên ngắn dùng trong danh sách; để trống thì dùng tên đầy đủ."],
  [ORG_SHEET, "Loại", "Bắt buộc. Chọn trong danh sách (hoặc ghi mã loại, xem bảng bên phải)."],
  [
    ORG_SHEET,
    "Mã cơ quan cấp trên",
    "Mã của cơ quan cấp trên (trong tệp này hoặc đã có trong danh bạ); có thể để trống.",
  ],
  [
    ORG_SHEET,
    "Từ khóa thẩm quyền",
    "Các cụm từ dùng để gợi ý chuyển câu hỏi, cách nhau bởi dấu chấm phẩy hoặc xuống dòng; thêm *2 để tăng trọng số (ví dụ: cấp nước*2; điện).",
  ],
  [ORG_SHEET, "Thư điện tử", "Địa chỉ thư điện tử nhận câu hỏi, nhiệm vụ; có thể để trống."],
  [ORG_SHEET, "Điện thoại", "Số điện thoại; có thể để trống."],
  [
    PLACE_SHEET,
    "Loại",
    "Xã, phường, đặc khu, thị trấn…; có thể để trống nếu tên đã có chữ chỉ loại (ví dụ “phường Ninh Kiều”).",
  ],
  [
    PLACE_SHEET,
    "Tên",
    "Bắt buộc. Tên xã, phường, không kèm chữ chỉ loại (ví dụ: Ninh Kiều). Loại và tên không được trùng.",
  ],
  [
    PLACE_SHEET,
    "Mã UBND",
    "Bắt buộc. Mã của UBND xã, phường (cơ quan loại “UBND địa phương”), trong tệp này hoặc đã có.",
  ],
  [
    PLACE_SHEET,
    "Tên cũ",
    "Tên các đơn vị cũ đã sáp nhập vào, kèm chữ chỉ loại, cách nhau bởi dấu chấm phẩy hoặc xuống dòng (ví dụ: phường Xuân Khánh; huyện Vị Thủy).",
  ],
];

const GUIDE_NOTES = [
  "Chỉ những trang có trong tệp được cập nhật. Cơ quan, địa bàn không còn trong tệp sẽ chuyển sang ngừng hoạt động (không bị xóa).",
  `Mỗi trang tối đa ${MAX_IMPORT_ROWS.toLocaleString("vi-VN")} dòng. Có thể nhập tệp CSV (UTF-8) chứa một bảng với cùng tiêu đề cột.`,
];

export async function directoryTemplate(): Promise<Buffer> {
  const [orgs, places] = await Promise.all([
    db().organization.findMany({
      where: { active: true },
      orderBy: [{ kind: "asc" }, { code: "asc" }],
      include: { parent: { select: { code: true } } },
    }),
    db().place.findMany({
      where: { active: true },
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      include: { organization: { select: { code: true } } },
    }),
  ]);
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const orgSheet = wb.addWorksheet(ORG_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  const placeSheet = wb.addWorksheet(PLACE_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  const guide = wb.addWorksheet(GUIDE_SHEET);

  orgSheet.columns = ORG_COLUMNS.map((c, i) => ({
    header: c.header,
    key: c.field,
    width: [14, 50, 24, 30, 18, 50, 28, 16][i],
    style: c.field === "phone" ? { numFmt: "@" } : {},
  }));
  for (const o of orgs)
    orgSheet.addRow({
      code: o.code,
      name: o.name,
      shortName: o.shortName,
      kind: orgLabel(o.kind),
      parent: o.parent?.code ?? "",
      keywords: o.keywords.split("\n").filter(Boolean).join("; "),
      email: o.email ?? "",
      phone: o.phone ?? "",
    });
  placeSheet.columns = PLACE_COLUMNS.map((c, i) => ({ header: c.header, key: c.field, width: [14, 30, 16, 60][i] }));
  for (const p of places)
    placeSheet.addRow({
      kind: p.kind ? PLACE_KIND_WORD[p.kind as PlaceKind] : "",
      name: p.name,
      ubnd: p.organization.code,
      formerNames: p.formerNames.split("\n").filter(Boolean).join("; "),
    });
  for (const ws of [orgSheet, placeSheet]) ws.getRow(1).font = { bold: true };

  // The guide: each column explained, then the kinds the drop-downs offer.
  guide.columns = [
    { header: "Trang", width: 12 },
    { header: "Cột", width: 22 },
    { header: "Giải thích", width: 90 },
    { header: "", width: 4 },
    { header: "Loại cơ quan", width: 40 },
    { header: "Mã loại", width: 16 },
    { header: "", width: 4 },
    { header: "Loại địa bàn", width: 14 },
  ];
  guide.getRow(1).font = { bold: true };
  GUIDE.forEach((g, i) => (guide.getRow(i + 2).values = g));
  GUIDE_NOTES.forEach((n, i) => (guide.getCell(GUIDE.length + 3 + i, 3).value = n));
  guide.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  ORG_KINDS.forEach((k, i) => {
    guide.getCell(i + 2, 5).value = orgLabel(k);
    guide.getCell(i + 2, 6).value = k;
  });
  PLACE_KINDS.forEach((k, i) => (guide.getCell(i + 2, 8).value = PLACE_KIND_WORD[k]));

  const list = (range: string) => ({
    type: "list",
    allowBlank: true,
    formulae: [`'${GUIDE_SHEET}'!${range}`],
    showErrorMessage: false,
  });
  const last = MAX_IMPORT_ROWS + 1;
  type WithValidations = { dataValidations: { add: (address: string, v: unknown) => void } };
  (orgSheet as unknown as WithValidations).dataValidations.add(`D2:D${last}`, list(`$E$2:$E$${ORG_KINDS.length + 1}`));
  (placeSheet as unknown as WithValidations).dataValidations.add(
    `A2:A${last}`,
    list(`$H$2:$H$${PLACE_KINDS.length + 1}`),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
