/**
 * The thesaurus the database starts with (the migration 20261204180000_duplicates inserts exactly
 * these rows; a unit test keeps the two in step). Built by hand from the seed documents, the 2024
 * program (vocational training and jobs, industrial zones and clusters, "Hậu Giang xanh") and the dev
 * set's questions. Each group lists words that mean the same matter; the first is the one shown.
 * Admins edit it at /quan-tri/tu-dien.
 */
export type SeedGroup = { kind: "abbreviation" | "synonym" | "place"; terms: string[]; facet?: string };

const A = (...terms: string[]): SeedGroup => ({ kind: "abbreviation", terms });
const S = (...terms: string[]): SeedGroup => ({ kind: "synonym", terms });
const P = (...terms: string[]): SeedGroup => ({ kind: "place", terms });
/**
 * A group in a facet: two questions naming different groups of one facet are about different matters
 * (an allowance for the elderly is not one for the disabled; a water cut is not a power cut).
 */
const F = (facet: string, g: SeedGroup): SeedGroup => ({ ...g, facet });
const WHO = "đối tượng";
const UTILITY = "điện, nước, viễn thông";
const LEVEL = "cấp học";
const PAPER = "giấy tờ";
const BENEFIT = "chế độ";
const FARM = "cây trồng, vật nuôi";
const DISEASE = "dịch bệnh";
const STEP = "thủ tục";
const PROBLEM = "sự việc";
const FACILITY = "công trình, thiết bị";
const PURPOSE = "mục đích vay, hỗ trợ";
const SUPPLY = "vật tư nông nghiệp";
const CARE = "cơ sở khám chữa bệnh";

export const THESAURUS_SEED: SeedGroup[] = [
  F(PAPER, A("bảo hiểm y tế", "BHYT", "thẻ y tế", "thẻ BHYT", "thẻ bảo hiểm y tế", "thẻ bảo hiểm")),
  F(BENEFIT, A("bảo hiểm xã hội", "BHXH")),
  F(BENEFIT, A("bảo hiểm thất nghiệp", "BHTN", "trợ cấp thất nghiệp")),
  A("khu công nghiệp", "KCN"),
  A("cụm công nghiệp", "CCN"),
  A("khu chế xuất", "KCX"),
  A("quốc lộ", "QL"),
  A("đường tỉnh", "ĐT", "tỉnh lộ", "TL"),
  A("đường huyện", "ĐH", "hương lộ"),
  A("giải phóng mặt bằng", "GPMB", "giải tỏa", "giải toả", "thu hồi đất"),
  F(PAPER, A("căn cước công dân", "CCCD", "căn cước", "chứng minh nhân dân", "CMND")),
  F(PURPOSE, A("xuất khẩu lao động", "XKLĐ", "đi lao động nước ngoài")),
  A("ủy ban nhân dân", "UBND", "ủy ban"),
  A("hội đồng nhân dân", "HĐND"),
  A("nông thôn mới", "NTM"),
  A("hợp tác xã", "HTX"),
  A("ngân hàng chính sách xã hội", "NHCSXH", "ngân hàng chính sách"),
  A("an toàn thực phẩm", "ATTP", "vệ sinh an toàn thực phẩm", "VSATTP"),
  F(PROBLEM, A("phòng cháy chữa cháy", "PCCC", "chữa cháy")),
  A("cảnh sát giao thông", "CSGT"),
  F(LEVEL, A("trung học phổ thông", "THPT", "cấp 3")),
  F(LEVEL, A("trung học cơ sở", "THCS", "cấp 2")),
  F(PAPER, A("giấy phép lái xe", "GPLX", "bằng lái", "bằng lái xe")),
  A("bệnh viện", "BV"),
  A("thành phố", "TP"),
  A("thị xã", "TX"),
  A("doanh nghiệp", "DN", "công ty", "cty", "chủ doanh nghiệp"),
  A("sản xuất kinh doanh", "SXKD"),
  A("lao động thương binh và xã hội", "LĐTBXH"),
  A("tài nguyên và môi trường", "TNMT"),
  A("giao thông vận tải", "GTVT"),
  A("giáo dục và đào tạo", "GDĐT", "Sở Giáo dục", "ngành giáo dục"),
  A("chương trình EPS", "EPS", "Hàn Quốc diện EPS"),
  F(PAPER, S("giấy chứng nhận quyền sử dụng đất", "sổ đỏ", "sổ hồng", "giấy đỏ", "GCNQSDĐ", "bằng khoán")),
  S("bồi thường", "đền bù", "tiền đền bù", "tiền bồi thường"),
  F(
    UTILITY,
    S(
      "mất nước",
      "cúp nước",
      "cắt nước",
      "không có nước",
      "cúp nước sinh hoạt",
      "thiếu nước",
      "không đủ nước",
      "hết nước",
    ),
  ),
  F(UTILITY, S("mất điện", "cúp điện", "cắt điện")),
  F(PROBLEM, S("ùn tắc", "kẹt xe", "tắc đường", "kẹt cứng", "ùn tắc giao thông", "xe đứng dài", "tắc nghẽn")),
  F(PROBLEM, S("xuống cấp", "hư hỏng", "hư hỏng nặng", "cũ nát", "ổ gà", "ổ voi", "ổ gà ổ voi", "hư", "lún sụt")),
  F(WHO, S("người cao tuổi", "người già", "cao tuổi", "ông bà", "người trên 80 tuổi")),
  F(WHO, S("người khuyết tật", "khuyết tật")),
  S("trợ cấp", "tiền trợ cấp", "trợ cấp hàng tháng", "hỗ trợ hàng tháng", "trợ cấp xã hội"),
  S("tiêm chủng", "tiêm vắc xin", "chích ngừa", "tiêm ngừa"),
  S("học nghề", "đào tạo nghề", "dạy nghề", "lớp nghề"),
  S("miễn phí", "không mất tiền", "không tốn tiền", "được miễn"),
  F(STEP, S("cấp lại", "làm lại", "xin lại", "mất thẻ", "bị mất thẻ", "làm mất")),
  F(PROBLEM, S("ô nhiễm", "ô nhiễm môi trường", "gây ô nhiễm")),
  F(PROBLEM, S("nước thải", "nước bẩn", "xả thải", "thải nước bẩn")),
  S("rác thải", "rác", "rác thải sinh hoạt"),
  S("thu gom", "chở đi", "thu gom rác"),
  F(PROBLEM, S("mùi hôi", "hôi thối", "bốc mùi", "mùi hôi thối", "hôi", "mùi lạ")),
  F(PROBLEM, S("sạt lở", "sạt lở bờ sông", "lở đất")),
  S("kè", "bờ kè", "kè chống sạt lở", "làm kè"),
  S("ép giá", "bị ép giá", "thương lái ép giá", "giá rẻ"),
  F(BENEFIT, S("nhà ở xã hội", "chỗ ở cho công nhân")),
  S("quy hoạch treo", "treo quy hoạch", "bị treo quy hoạch"),
  S("tái định cư", "nền tái định cư", "khu tái định cư"),
  F(CARE, S("trạm y tế", "trạm xá")),
  S("thất nghiệp", "mất việc", "nghỉ việc", "thôi việc", "cho nghỉ việc"),
  S("xe buýt", "xe bus", "buýt"),
  F(FACILITY, S("đèn chiếu sáng", "đèn đường", "đèn công cộng")),
  F(FACILITY, S("đèn tín hiệu", "đèn xanh đèn đỏ", "đèn giao thông")),
  S("cho vay nặng lãi", "tín dụng đen", "vay nặng lãi", "lãi cắt cổ"),
  S("lấn chiếm", "chiếm"),
  F(FARM, S("cây ăn trái", "cây ăn quả", "trồng cây ăn trái", "vườn cây ăn trái")),
  S("đất lúa", "ruộng lúa", "đất ruộng", "đất trồng lúa", "ruộng"),
  S("đất ở", "đất thổ cư"),
  F(PAPER, S("khai sinh", "giấy khai sinh", "đăng ký khai sinh")),
  S("trực tuyến", "qua mạng", "online", "dịch vụ công trực tuyến"),
  S("nhiễm mặn", "xâm nhập mặn", "mặn xâm nhập", "nước mặn"),
  S("thiên tai", "bão", "lốc", "lốc xoáy", "giông lốc"),
  S("chất độc da cam", "chất độc hóa học", "da cam"),
  S("trẻ em", "trẻ", "các cháu", "bé", "con nhỏ"),
  F(BENEFIT, S("học phí", "tiền học", "miễn học phí", "giảm học phí")),
  S("thực tập sinh", "tu nghiệp sinh"),
  F(BENEFIT, S("lương hưu", "tiền hưu", "hưu trí")),
  F(PROBLEM, S("ngập", "ngập nước", "ngập sâu", "ngập úng")),
  S("lầy lội", "sình lầy", "sinh lầy"),
  F(UTILITY, S("sóng điện thoại", "sóng di động", "mạng điện thoại")),
  S("sửa chữa", "sửa", "khắc phục"),
  S("nâng cấp", "mở rộng", "làm mới"),
  S("giá lúa", "giá thu mua lúa", "bán lúa"),
  F(WHO, S("nông dân", "bà con nông dân", "người trồng lúa")),
  S("đồng hồ điện", "công tơ", "công tơ điện"),
  S("kênh", "kinh", "kênh rạch", "kênh mương"),
  S("bồi lắng", "bị lấp", "cạn", "nạo vét"),
  F(WHO, S("hộ nghèo", "nhà nghèo", "gia đình nghèo")),
  S("nhà dột nát", "nhà tạm", "sửa nhà", "xây sửa nhà"),
  F(FARM, S("heo", "lợn")),
  S("trái cây", "hoa quả"),
  S("ghe", "xuồng"),
  S("cầu khỉ", "cầu tre", "cầu tạm", "cầu ván"),
  S("cao tốc", "đường cao tốc"),
  F(CARE, S("Bệnh viện đa khoa", "BV đa khoa", "bệnh viện tỉnh")),
  F(CARE, S("bệnh viện tư", "phòng khám tư", "bệnh viện tư nhân", "phòng khám tư nhân")),
  F(CARE, S("trung tâm y tế", "bệnh viện huyện", "TTYT")),
  F(WHO, S("người có công", "gia đình chính sách", "người có công với cách mạng")),
  F(WHO, S("hộ cận nghèo", "cận nghèo", "nhà cận nghèo")),
  F(WHO, S("học sinh", "học trò")),
  F(WHO, S("sinh viên")),
  F(WHO, S("công nhân", "người lao động")),
  F(WHO, S("bộ đội xuất ngũ", "quân nhân xuất ngũ", "xuất ngũ")),
  F(WHO, S("giáo viên", "thầy cô")),
  F(WHO, S("ngư dân")),
  F(LEVEL, S("mầm non", "mẫu giáo")),
  F(LEVEL, S("tiểu học", "cấp 1")),
  F(LEVEL, S("đại học", "cao đẳng")),
  F(PAPER, S("hộ chiếu", "passport")),
  F(PAPER, S("giấy phép xây dựng", "phép xây dựng")),
  F(PAPER, S("hộ kinh doanh", "đăng ký kinh doanh", "giấy phép kinh doanh")),
  F(BENEFIT, S("mai táng phí", "tiền mai táng", "mai táng")),
  F(BENEFIT, S("tai nạn lao động")),
  F(BENEFIT, S("tiền lương", "lương", "trả lương", "nợ lương")),
  F(UTILITY, S("tiền điện", "hóa đơn tiền điện", "hóa đơn điện")),
  F(UTILITY, S("tiền nước", "hóa đơn tiền nước", "hóa đơn nước")),
  F(UTILITY, S("internet", "mạng internet", "wifi")),
  F(FARM, S("tôm", "nuôi tôm")),
  F(FARM, S("cá tra")),
  F(FARM, S("cá thát lát")),
  F(FARM, S("gà", "gia cầm", "vịt")),
  F(FARM, S("lúa", "cây lúa")),
  F(FARM, S("khóm", "dứa", "thơm")),
  F(DISEASE, S("sởi", "bệnh sởi")),
  F(DISEASE, S("bạch hầu", "bệnh bạch hầu")),
  F(DISEASE, S("sốt xuất huyết")),
  F(DISEASE, S("dịch tả heo châu Phi", "dịch tả châu Phi", "tả heo")),
  F(DISEASE, S("cúm gia cầm", "cúm gà")),
  F(DISEASE, S("rầy nâu", "rầy")),
  F(STEP, S("gia hạn", "hết hạn", "sắp hết hạn")),
  F(STEP, S("đính chính", "ghi sai", "sửa sai", "sửa thông tin")),
  F(STEP, S("cấp đổi", "đổi")),
  F(PROBLEM, S("quá tải", "nằm ghép", "chở quá tải")),
  S("sách vở", "tập sách", "sách", "tập vở", "tập"),
  S("đầu tư", "nhà đầu tư", "thu hút đầu tư", "kêu gọi đầu tư"),
  S("bỏ học", "nghỉ học", "nghỉ học giữa chừng"),
  S("xe khách", "xe đò"),
  F(PROBLEM, S("tiếng ồn", "ồn ào", "ồn", "ầm ầm")),
  F(PROBLEM, S("lấn chiếm vỉa hè", "chiếm vỉa hè")),
  F(PROBLEM, S("tai nạn giao thông", "tai nạn", "đụng người")),
  F(PROBLEM, S("lừa đảo qua mạng", "lừa đảo", "bị lừa")),
  F(WHO, S("thanh niên", "đoàn viên")),
  F(WHO, S("phụ nữ", "chị em")),
  F(WHO, S("dân tộc thiểu số", "người dân tộc thiểu số", "người dân tộc", "đồng bào dân tộc", "người Khmer")),
  F(WHO, S("tiểu thương", "người buôn bán", "bạn hàng")),
  F(PAPER, S("hộ khẩu", "cư trú", "đăng ký thường trú", "tạm trú")),
  F(PAPER, S("đăng ký kết hôn", "giấy kết hôn")),
  F(BENEFIT, S("học bổng")),
  F(BENEFIT, S("phụ cấp", "phụ cấp thu hút", "trợ cấp thu hút", "phụ cấp ưu đãi")),
  F(BENEFIT, S("nhà công vụ")),
  F(FACILITY, S("camera", "camera an ninh", "camera giám sát")),
  F(FACILITY, S("trạm thu phí", "thu phí", "BOT")),
  F(FACILITY, S("trạm cân", "cân xe", "cân tải trọng")),
  F(FACILITY, S("trạm bơm", "máy bơm", "trạm bơm điện")),
  F(FACILITY, S("cống", "cống ngăn mặn", "cống thủy lợi")),
  F(FACILITY, S("lan can", "lan can cầu")),
  F(PURPOSE, S("giải quyết việc làm", "tạo việc làm", "vay vốn giải quyết việc làm")),
  F(PURPOSE, S("khởi nghiệp", "làm ăn", "khởi sự kinh doanh")),
  F(PURPOSE, S("nước sạch và vệ sinh", "nhà vệ sinh", "công trình vệ sinh")),
  F(PROBLEM, S("yếu", "chảy yếu", "nước yếu")),
  F(PROBLEM, S("nhiễm phèn", "phèn", "nước đục", "đục")),
  F(PURPOSE, S("làm nhà", "cất nhà", "xây nhà", "nhà ở cho hộ nghèo")),
  F(SUPPLY, S("phân bón", "phân", "giá phân")),
  F(SUPPLY, S("thuốc bảo vệ thực vật", "thuốc trừ sâu", "thuốc trừ rầy", "thuốc BVTV")),
  F(SUPPLY, S("thức ăn chăn nuôi", "cám")),
  F(PROBLEM, S("bỏ hoang", "khóa cửa", "không có người quản lý", "không sử dụng")),
  F(PROBLEM, S("cháy", "hỏa hoạn", "chập cháy", "chập điện")),
  F(PROBLEM, S("trộm cắp", "mất trộm", "trộm")),
  S("lục bình", "bèo tây"),
  S("nhà văn hóa", "nhà sinh hoạt cộng đồng"),
  S("hư hỏng máy", "hư máy"),
  S("giải quyết", "xử lý", "can thiệp"),
  S("chậm", "lâu", "chờ lâu", "chờ mãi", "trễ hẹn", "quá hạn", "kéo dài", "chậm trễ"),
  S("chuyển mục đích sử dụng đất", "chuyển mục đích", "lên thổ cư", "chuyển lên đất ở", "chuyển đất"),
  S("nợ đóng", "trốn đóng", "chậm đóng", "nợ tiền đóng", "không đóng"),
  F(BENEFIT, S("tuyển dụng", "xét tuyển", "thi tuyển", "biên chế", "vào biên chế", "tuyển viên chức")),
  F(BENEFIT, S("vay vốn", "cho vay", "vay ưu đãi", "vốn vay")),
  P("Hậu Giang", "tỉnh Hậu Giang"),
  P("Cần Thơ", "thành phố Cần Thơ", "TP Cần Thơ"),
  P("Cà Mau", "tỉnh Cà Mau"),
  P("Sóc Trăng", "tỉnh Sóc Trăng"),
  P("Ngã Bảy", "thị xã Ngã Bảy", "thành phố Ngã Bảy"),
  P("Hàn Quốc"),
  P("Nhật Bản", "Nhật"),
  P("Đài Loan"),
];

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The INSERT the migration 20261204180000_duplicates ends with (the same on both providers). */
export function seedInsertSql(): string {
  const rows = THESAURUS_SEED.map((g, i) => {
    const id = `thesaurus_seed_${String(i + 1).padStart(3, "0")}`;
    const values = [id, g.kind, g.terms.join("\n"), g.facet ?? ""].map(sqlText).join(", ");
    return `(${values}, 'active', 'seed', CURRENT_TIMESTAMP)`;
  });
  return (
    "-- The thesaurus's first words (app/features/questions/duplicates/thesaurus-seed.ts; a unit test keeps them in step).\n" +
    `INSERT INTO "ThesaurusEntry" ("id", "kind", "terms", "facet", "status", "source", "updatedAt") VALUES\n` +
    `${rows.join(",\n")};\n`
  );
}
