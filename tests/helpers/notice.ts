/** The Standing Committee's issue form for a conclusion notice, as the conclusions page posts it. */
export const issueForm = (noticeId: string, number = "41/TB-HĐND") => ({
  intent: "issue",
  noticeId,
  number,
  // Today in Vietnam (UTC+7).
  issuedAt: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
  place: "Hậu Giang",
  signerName: "Mã Thị Tươi",
  signerTitle: "Phó Chủ tịch",
  signerOnBehalf: "TM. Thường trực HĐND, KT. Chủ tịch",
});
