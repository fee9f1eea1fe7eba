import { hasMarks } from "./tokens.ts";

/**
 * Words that say nothing about what a question is about, folded (no diacritics): function words,
 * question words, politeness and the words every question to the council has ("đề nghị", "xin hỏi").
 * Compounds are written with "_" as `joinPhrases` writes them.
 */
export const VI_STOPWORDS = new Set(
  (
    "a ai anh ba bi bo cac cach can cho chu chua co con cua da dang de den di do duoc gi ha hay hoi khi khong la " +
    "lai len luc ma minh moi mot nao nay neu ngay nguoi nhe nhieu nhu nhung noi o ong qua ra rang rat roi sao " +
    "se tai tha the thi thoi toi tren trong tu va van ve vi vo voi xin em chi cau vay them khac biet muon " +
    "cung nen phai hon nua ay kia day luon tung tat ca cac_cho bao_gio khi_nao o_dau the_nao nhu_the_nao " +
    "bao_nhieu vi_sao tai_sao lam_sao ra_sao xin_hoi de_nghi kien_nghi nguoi_dan ba_con nhan_dan cu_tri " +
    "hien_nay hien duoc_khong co_khong khong_a vay_a hoai mai gium giup nho xem biet_duoc cho_biet " +
    "dang_ky_nhu ve_viec viec nhung_nam nam_nay thang_nay gan day_la vao ben tinh_trang thuc_hien " +
    "tiep_tuc hay_khong nhieu_nam nhieu_thang gia_dinh nha_toi cua_toi chung_toi voi_lai moi_khi " +
    "lam ai_lo rat_la qua_la vui_long kinh_gui thua ah a_a oi co_quan_nao don_vi_nao o_cho_nao"
  ).split(" "),
);

/**
 * The same function words as written with diacritics. Folded, a content word can look like one: "chợ"
 * (market) folds to "cho", "cầu" (bridge) to "cau", "đèn" to "den", "thẻ" to "the", "vay" stays "vay".
 * A syllable typed with diacritics is a function word only if it is one of these.
 */
const MARKED_STOPWORDS = new Set(
  (
    "à ai anh ba bà bị bỏ các cách cần cho chú chưa có con của đã đang để đến đi đó được gì hả hay hỏi khi " +
    "không là lại lên lúc mà mình mỗi mới một nào này nếu ngay ngày người nhé nhiều như những nơi ở ông qua quá " +
    "ra rằng rất rồi sao sẽ tại thế thì thôi tôi trên trong từ và vẫn về vì vô với xin em chị câu vậy thêm " +
    "khác biết muốn cũng nên phải hơn nữa ấy kia đây luôn từng tất cả hoài mãi giùm giúp nhờ xem việc gần " +
    "vào bên làm thưa ạ ơi"
  ).split(" "),
);

/** Says nothing about what a question is about: `key` folded, `surface` as typed (one syllable or more). */
export function isStopword(key: string, surface: string): boolean {
  if (!key.includes("_") && hasMarks(surface)) return MARKED_STOPWORDS.has(surface);
  return VI_STOPWORDS.has(key);
}
