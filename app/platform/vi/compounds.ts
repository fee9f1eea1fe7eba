/**
 * Known Vietnamese words of several syllables, folded (no diacritics), built by hand for the council's
 * matters from the seed documents, the 2024 program and the questions viewers ask: social policy, land,
 * roads and traffic, water and power, schools and health, labour, farming, environment, administration.
 * No download at run time: this list, and the thesaurus's phrases (from the database), are the words
 * `joinPhrases` knows.
 */
const WORDS = `
bao hiem|bao hiem y te|bao hiem xa hoi|bao hiem that nghiep|y te|xa hoi|chinh sach|chinh sach xa hoi
tro cap|ho tro|tro giup|nguoi cao tuoi|cao tuoi|nguoi gia|khuyet tat|nguoi khuyet tat|ho ngheo|can ngheo|ho can ngheo
nguoi co cong|co cong|thuong binh|liet si|mai tang|mai tang phi|luong huu|huu tri|that nghiep|tai nan|lao dong
nguoi lao dong|viec lam|giai quyet viec lam|xuat khau lao dong|thuc tap sinh|hoc nghe|dao tao nghe|dao tao|day nghe
doanh nghiep|cong ty|cong nhan|nha may|xi nghiep|khu cong nghiep|cum cong nghiep|khu che xuat|tieu thu cong nghiep
dau tu|thu hut dau tu|nha dau tu|uu dai|lai suat|vay von|von vay|ngan hang|ngan hang chinh sach|tin dung|tin dung den
dat dai|dat o|dat nong nghiep|dat lua|dat ruong|dat tho cu|dat cong ich|quyen su dung dat|giay chung nhan
giay chung nhan quyen su dung dat|so do|so hong|giay to|giay tay|chuyen muc dich|chuyen doi|thu hoi dat|thu hoi
boi thuong|den bu|giai toa|giai phong mat bang|mat bang|tai dinh cu|khu tai dinh cu|quy hoach|quy hoach treo
du an|cong trinh|thi cong|tien do|nang cap|sua chua|xay dung|giay phep|giay phep xay dung|mo rong|xuong cap|hu hong
giao thong|duong sa|quoc lo|duong tinh|tinh lo|duong huyen|huong lo|cao toc|duong cao toc|cau duong|o ga|o voi
un tac|ket xe|tac duong|ket cung|tai nan giao thong|den tin hieu|den giao thong|den xanh den do|den chieu sang
den duong|xe buyt|xe tai|qua tai|xe khach|xe do|ben xe|ben pha|pha|via he|long duong|lan chiem|lan chiem via he
nuoc sach|nuoc sinh hoat|cap nuoc|mat nuoc|cup nuoc|nuoc may|thoat nuoc|nuoc thai|ngap nuoc|ngap ung|trieu cuong
dien|mat dien|cup dien|tien dien|hoa don|dien luc|nganh dien|cong to|dong ho dien|day dien|luoi dien|tram bien ap
moi truong|o nhiem|o nhiem moi truong|rac thai|rac thai sinh hoat|thu gom|thu gom rac|bai rac|mui hoi|hoi thoi
khoi bui|tieng on|on ao|chat thai|xa thai|cay xanh|trong cay|sat lo|bo ke|ke chong sat lo|xam nhap man|nhiem man
han man|thien tai|bao lu|loc xoay|mua lon|thuy loi|kenh muong|nao vet|boi lang|tuoi tieu|tram bom|cong ngan man
nong dan|nong nghiep|nong thon|nong thon moi|nong san|lua gao|cay an trai|cay an qua|trai cay|chan nuoi|nuoi trong
thuy san|ca tra|ca that lat|tom|dich benh|dich ta|dich ta heo chau phi|cum gia cam|gia cam|tieu huy|thuoc tru sau
thuong lai|ep gia|gia ca|tieu thu|dau ra|gia lua|ray nau|giong|con giong|ky thuat|khuyen nong|hop tac xa
giao duc|hoc sinh|sinh vien|giao vien|truong hoc|mam non|tieu hoc|trung hoc|trung hoc co so|trung hoc pho thong
phong hoc|hoc phi|mien hoc phi|sach giao khoa|sach vo|bo hoc|nghi hoc|hoc bong|can tin|an toan thuc pham|ve sinh
benh vien|tram y te|bac si|kham benh|chua benh|kham chua benh|benh nhan|nguoi benh|thuoc men|tiem chung|vac xin
tiem vac xin|chich ngua|qua tai benh vien|san nhi|da khoa|dinh duong|suc khoe
can cuoc|can cuoc cong dan|chung minh nhan dan|ho chieu|khai sinh|giay khai sinh|ho khau|dang ky|thu tuc|ho so
dich vu cong|truc tuyen|mot cua|cong an|an ninh|trat tu|lua dao|chuyen khoan|cho vay nang lai|ma tuy|trom cap
uy ban|uy ban nhan dan|hoi dong|hoi dong nhan dan|chinh quyen|can bo|cong chuc|vien chuc|don vi hanh chinh
sap nhap|sap xep|dia chi|dia ban|khu dan cu|khu do thi|nha o|nha o xa hoi|nha van hoa|cho noi|nha long cho
tieu thuong|ho kinh doanh|kinh doanh|dang ky kinh doanh|san xuat|san xuat kinh doanh|du lich|karaoke
internet|song dien thoai|dien thoai|mang internet|truyen hinh|phat thanh|tre em|thanh nien|phu nu|dan toc thieu so
dan toc|vung sau|vung xa|chat doc da cam|chat doc hoa hoc|da cam|han quoc|nhat ban|dai loan|chau phi|cai cach
gia han|cap lai|cap doi|cap moi|dinh chinh|tam tru|thuong tru|nghia vu quan su|xuat ngu|bo doi|quan nhan
nha nuoc|trung uong|tinh uy|ban thuong vu|ke hoach|nghi quyet|de an|chuong trinh|giam sat|khao sat
co hoi|hoi nghi|hoi thao|dai hoi|hoi vien|giao hoi|luong thuc|luong tam|luong thien|so sach|dau an|dien may|dien tu
`;

/**
 * Compounds whose first syllable alone means something else ("hội đồng" is no association, "điện thoại" no
 * electricity, "lương thực" no wage): a reader matching single words skips their first syllable too. In the
 * other compounds the first syllable keeps its meaning ("chợ nổi" is a market, "đất ở" land).
 */
const OPAQUE = `hoi dong|hoi nghi|hoi thao|hoi vien|luong thuc|luong tam|luong thien|dien thoai|dien tu|so sach|dau an`;

/** The words, folded, syllables separated by single spaces. */
export const VI_COMPOUNDS: readonly string[] = WORDS.split(/[|\n]/)
  .map((w) => w.trim())
  .filter((w) => w.includes(" "));

/** Compounds whose first syllable alone means something else, folded. */
export const VI_OPAQUE_COMPOUNDS: ReadonlySet<string> = new Set(OPAQUE.split("|"));
