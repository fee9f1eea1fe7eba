-- Duplicates by meaning (issue 21): the thesaurus, and operators' verdicts on pairs of questions.
-- CreateTable
CREATE TABLE "ThesaurusEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL DEFAULT 'synonym',
    "terms" TEXT NOT NULL,
    "facet" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'active',
    "source" TEXT NOT NULL DEFAULT 'admin',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DuplicateVerdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "otherId" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "userId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DuplicateVerdict_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DuplicateVerdict_otherId_fkey" FOREIGN KEY ("otherId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ThesaurusEntry_status_idx" ON "ThesaurusEntry"("status");

-- CreateIndex
CREATE INDEX "DuplicateVerdict_otherId_idx" ON "DuplicateVerdict"("otherId");

-- CreateIndex
CREATE INDEX "DuplicateVerdict_createdAt_idx" ON "DuplicateVerdict"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DuplicateVerdict_questionId_otherId_key" ON "DuplicateVerdict"("questionId", "otherId");

-- The thesaurus's first words (app/features/questions/duplicates/thesaurus-seed.ts; a unit test keeps them in step).
INSERT INTO "ThesaurusEntry" ("id", "kind", "terms", "facet", "status", "source", "updatedAt") VALUES
('thesaurus_seed_001', 'abbreviation', 'bảo hiểm y tế
BHYT
thẻ y tế', 'giấy tờ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_002', 'abbreviation', 'bảo hiểm xã hội
BHXH', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_003', 'abbreviation', 'bảo hiểm thất nghiệp
BHTN
trợ cấp thất nghiệp', 'chế độ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_004', 'abbreviation', 'khu công nghiệp
KCN', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_005', 'abbreviation', 'cụm công nghiệp
CCN', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_006', 'abbreviation', 'khu chế xuất
KCX', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_007', 'abbreviation', 'quốc lộ
QL', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_008', 'abbreviation', 'đường tỉnh
ĐT
tỉnh lộ
TL', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_009', 'abbreviation', 'đường huyện
ĐH
hương lộ', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_010', 'abbreviation', 'giải phóng mặt bằng
GPMB
giải tỏa
giải toả
thu hồi đất', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_011', 'abbreviation', 'căn cước công dân
CCCD
căn cước
chứng minh nhân dân
CMND', 'giấy tờ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_012', 'abbreviation', 'xuất khẩu lao động
XKLĐ
đi lao động nước ngoài', 'mục đích vay, hỗ trợ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_013', 'abbreviation', 'ủy ban nhân dân
UBND
ủy ban', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_014', 'abbreviation', 'hội đồng nhân dân
HĐND', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_015', 'abbreviation', 'nông thôn mới
NTM', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_016', 'abbreviation', 'hợp tác xã
HTX', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_017', 'abbreviation', 'ngân hàng chính sách xã hội
NHCSXH
ngân hàng chính sách', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_018', 'abbreviation', 'an toàn thực phẩm
ATTP
vệ sinh an toàn thực phẩm
VSATTP', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_019', 'abbreviation', 'phòng cháy chữa cháy
PCCC', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_020', 'abbreviation', 'cảnh sát giao thông
CSGT', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_021', 'abbreviation', 'trung học phổ thông
THPT
cấp 3', 'cấp học', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_022', 'abbreviation', 'trung học cơ sở
THCS
cấp 2', 'cấp học', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_023', 'abbreviation', 'giấy phép lái xe
GPLX
bằng lái
bằng lái xe', 'giấy tờ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_024', 'abbreviation', 'bệnh viện
BV', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_025', 'abbreviation', 'thành phố
TP', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_026', 'abbreviation', 'thị xã
TX', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_027', 'abbreviation', 'doanh nghiệp
DN', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_028', 'abbreviation', 'sản xuất kinh doanh
SXKD', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_029', 'abbreviation', 'lao động thương binh và xã hội
LĐTBXH', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_030', 'abbreviation', 'tài nguyên và môi trường
TNMT', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_031', 'abbreviation', 'giao thông vận tải
GTVT', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_032', 'abbreviation', 'giáo dục và đào tạo
GDĐT
Sở Giáo dục
ngành giáo dục', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_033', 'abbreviation', 'chương trình EPS
EPS
Hàn Quốc diện EPS', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_034', 'synonym', 'giấy chứng nhận quyền sử dụng đất
sổ đỏ
sổ hồng
giấy đỏ
GCNQSDĐ
bằng khoán', 'giấy tờ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_035', 'synonym', 'bồi thường
đền bù
tiền đền bù
tiền bồi thường', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_036', 'synonym', 'mất nước
cúp nước
cắt nước
không có nước
cúp nước sinh hoạt', 'điện, nước, viễn thông', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_037', 'synonym', 'mất điện
cúp điện
cắt điện', 'điện, nước, viễn thông', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_038', 'synonym', 'ùn tắc
kẹt xe
tắc đường
kẹt cứng
ùn tắc giao thông
xe đứng dài
tắc nghẽn', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_039', 'synonym', 'xuống cấp
hư hỏng
hư hỏng nặng
cũ nát
ổ gà
ổ voi
ổ gà ổ voi
hư
lún sụt', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_040', 'synonym', 'người cao tuổi
người già
cao tuổi
ông bà
người trên 80 tuổi', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_041', 'synonym', 'người khuyết tật
khuyết tật', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_042', 'synonym', 'trợ cấp
tiền trợ cấp
trợ cấp hàng tháng
hỗ trợ hàng tháng
trợ cấp xã hội', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_043', 'synonym', 'tiêm chủng
tiêm vắc xin
chích ngừa
tiêm ngừa', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_044', 'synonym', 'học nghề
đào tạo nghề
dạy nghề
lớp nghề', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_045', 'synonym', 'miễn phí
không mất tiền
không tốn tiền
được miễn', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_046', 'synonym', 'cấp lại
làm lại
xin lại
bị mất
mất thẻ', 'thủ tục', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_047', 'synonym', 'ô nhiễm
ô nhiễm môi trường
gây ô nhiễm', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_048', 'synonym', 'nước thải
nước bẩn
xả thải
thải nước bẩn', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_049', 'synonym', 'rác thải
rác
rác thải sinh hoạt', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_050', 'synonym', 'thu gom
chở đi
thu gom rác', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_051', 'synonym', 'mùi hôi
hôi thối
bốc mùi
mùi hôi thối
hôi
mùi lạ', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_052', 'synonym', 'sạt lở
sạt lở bờ sông
lở đất', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_053', 'synonym', 'kè
bờ kè
kè chống sạt lở
làm kè', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_054', 'synonym', 'ép giá
bị ép giá
thương lái ép giá
giá rẻ', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_055', 'synonym', 'nhà ở xã hội
chỗ ở cho công nhân', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_056', 'synonym', 'quy hoạch treo
treo quy hoạch
bị treo quy hoạch', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_057', 'synonym', 'tái định cư
nền tái định cư
khu tái định cư', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_058', 'synonym', 'trạm y tế
trạm xá', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_059', 'synonym', 'thất nghiệp
mất việc
nghỉ việc
thôi việc
cho nghỉ việc', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_060', 'synonym', 'xe buýt
xe bus
buýt', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_061', 'synonym', 'đèn chiếu sáng
đèn đường
đèn công cộng', 'công trình, thiết bị', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_062', 'synonym', 'đèn tín hiệu
đèn xanh đèn đỏ
đèn giao thông', 'công trình, thiết bị', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_063', 'synonym', 'cho vay nặng lãi
tín dụng đen
vay nặng lãi
lãi cắt cổ', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_064', 'synonym', 'lấn chiếm
chiếm', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_065', 'synonym', 'cây ăn trái
cây ăn quả', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_066', 'synonym', 'đất lúa
ruộng lúa
đất ruộng
đất trồng lúa
ruộng', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_067', 'synonym', 'đất ở
đất thổ cư', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_068', 'synonym', 'khai sinh
giấy khai sinh
đăng ký khai sinh', 'giấy tờ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_069', 'synonym', 'trực tuyến
qua mạng
online
dịch vụ công trực tuyến', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_070', 'synonym', 'nhiễm mặn
xâm nhập mặn
mặn xâm nhập
nước mặn', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_071', 'synonym', 'thiên tai
bão
lốc
lốc xoáy
giông lốc', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_072', 'synonym', 'chất độc da cam
chất độc hóa học
da cam', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_073', 'synonym', 'trẻ em
trẻ
các cháu
bé
con nhỏ', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_074', 'synonym', 'học phí
tiền học', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_075', 'synonym', 'thực tập sinh
tu nghiệp sinh', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_076', 'synonym', 'lương hưu
tiền hưu
hưu trí', 'chế độ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_077', 'synonym', 'ngập
ngập nước
ngập sâu
ngập úng', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_078', 'synonym', 'lầy lội
sình lầy
sinh lầy', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_079', 'synonym', 'sóng điện thoại
sóng di động
mạng điện thoại', 'điện, nước, viễn thông', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_080', 'synonym', 'sửa chữa
sửa
khắc phục', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_081', 'synonym', 'nâng cấp
mở rộng
làm mới', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_082', 'synonym', 'giá lúa
giá thu mua lúa
bán lúa', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_083', 'synonym', 'nông dân
bà con nông dân
người trồng lúa', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_084', 'synonym', 'đồng hồ điện
công tơ
công tơ điện', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_085', 'synonym', 'kênh
kinh
kênh rạch
kênh mương', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_086', 'synonym', 'bồi lắng
bị lấp
cạn
nạo vét', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_087', 'synonym', 'hộ nghèo
nhà nghèo
gia đình nghèo', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_088', 'synonym', 'nhà dột nát
nhà tạm
sửa nhà
xây sửa nhà', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_089', 'synonym', 'heo
lợn', 'cây trồng, vật nuôi', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_090', 'synonym', 'trái cây
hoa quả', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_091', 'synonym', 'ghe
xuồng', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_092', 'synonym', 'cầu khỉ
cầu tre
cầu tạm
cầu ván', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_093', 'synonym', 'cao tốc
đường cao tốc', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_094', 'synonym', 'Bệnh viện đa khoa
BV đa khoa
bệnh viện tỉnh', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_095', 'synonym', 'người có công
gia đình chính sách
người có công với cách mạng', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_096', 'synonym', 'hộ cận nghèo
cận nghèo
nhà cận nghèo', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_097', 'synonym', 'học sinh
học trò', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_098', 'synonym', 'sinh viên', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_099', 'synonym', 'công nhân
người lao động', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_100', 'synonym', 'bộ đội xuất ngũ
quân nhân xuất ngũ
xuất ngũ', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_101', 'synonym', 'giáo viên
thầy cô', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_102', 'synonym', 'ngư dân', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_103', 'synonym', 'mầm non
mẫu giáo', 'cấp học', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_104', 'synonym', 'tiểu học
cấp 1', 'cấp học', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_105', 'synonym', 'đại học
cao đẳng', 'cấp học', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_106', 'synonym', 'hộ chiếu
passport', 'giấy tờ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_107', 'synonym', 'giấy phép xây dựng
phép xây dựng', 'giấy tờ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_108', 'synonym', 'hộ kinh doanh
đăng ký kinh doanh
giấy phép kinh doanh', 'giấy tờ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_109', 'synonym', 'mai táng phí
tiền mai táng
mai táng', 'chế độ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_110', 'synonym', 'tai nạn lao động', 'chế độ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_111', 'synonym', 'tiền lương
lương
trả lương
nợ lương', 'chế độ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_112', 'synonym', 'tiền điện
hóa đơn tiền điện
hóa đơn điện', 'điện, nước, viễn thông', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_113', 'synonym', 'tiền nước
hóa đơn tiền nước
hóa đơn nước', 'điện, nước, viễn thông', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_114', 'synonym', 'internet
mạng internet
wifi', 'điện, nước, viễn thông', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_115', 'synonym', 'tôm
nuôi tôm', 'cây trồng, vật nuôi', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_116', 'synonym', 'cá tra', 'cây trồng, vật nuôi', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_117', 'synonym', 'cá thát lát', 'cây trồng, vật nuôi', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_118', 'synonym', 'gà
gia cầm
vịt', 'cây trồng, vật nuôi', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_119', 'synonym', 'lúa
cây lúa', 'cây trồng, vật nuôi', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_120', 'synonym', 'khóm
dứa
thơm', 'cây trồng, vật nuôi', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_121', 'synonym', 'sởi
bệnh sởi', 'dịch bệnh', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_122', 'synonym', 'bạch hầu
bệnh bạch hầu', 'dịch bệnh', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_123', 'synonym', 'sốt xuất huyết', 'dịch bệnh', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_124', 'synonym', 'dịch tả heo châu Phi
dịch tả châu Phi
tả heo', 'dịch bệnh', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_125', 'synonym', 'cúm gia cầm
cúm gà', 'dịch bệnh', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_126', 'synonym', 'rầy nâu
rầy', 'dịch bệnh', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_127', 'synonym', 'gia hạn
hết hạn
sắp hết hạn', 'thủ tục', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_128', 'synonym', 'đính chính
ghi sai
sửa sai
sửa thông tin', 'thủ tục', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_129', 'synonym', 'cấp đổi
đổi', 'thủ tục', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_130', 'synonym', 'quá tải
nằm ghép
chở quá tải', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_131', 'synonym', 'sách vở
tập sách
sách
tập vở
tập', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_132', 'synonym', 'đầu tư
nhà đầu tư
thu hút đầu tư
kêu gọi đầu tư', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_133', 'synonym', 'bỏ học
nghỉ học
nghỉ học giữa chừng', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_134', 'synonym', 'xe khách
xe đò', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_135', 'synonym', 'tiếng ồn
ồn ào
ồn
ầm ầm', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_136', 'synonym', 'lấn chiếm vỉa hè
chiếm vỉa hè', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_137', 'synonym', 'tai nạn giao thông
tai nạn
đụng người', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_138', 'synonym', 'lừa đảo qua mạng
lừa đảo
bị lừa', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_139', 'synonym', 'thanh niên
đoàn viên', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_140', 'synonym', 'phụ nữ
chị em', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_141', 'synonym', 'dân tộc thiểu số
người dân tộc
đồng bào dân tộc
người Khmer', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_142', 'synonym', 'tiểu thương
người buôn bán
bạn hàng', 'đối tượng', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_143', 'synonym', 'hộ khẩu
cư trú
đăng ký thường trú
tạm trú', 'giấy tờ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_144', 'synonym', 'đăng ký kết hôn
giấy kết hôn', 'giấy tờ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_145', 'synonym', 'học bổng', 'chế độ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_146', 'synonym', 'phụ cấp
phụ cấp thu hút
trợ cấp thu hút
phụ cấp ưu đãi', 'chế độ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_147', 'synonym', 'nhà công vụ', 'chế độ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_148', 'synonym', 'camera
camera an ninh
camera giám sát', 'công trình, thiết bị', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_149', 'synonym', 'trạm thu phí
thu phí
BOT', 'công trình, thiết bị', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_150', 'synonym', 'trạm cân
cân xe
cân tải trọng', 'công trình, thiết bị', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_151', 'synonym', 'trạm bơm
máy bơm
trạm bơm điện', 'công trình, thiết bị', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_152', 'synonym', 'cống
cống ngăn mặn
cống thủy lợi', 'công trình, thiết bị', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_153', 'synonym', 'lan can
lan can cầu', 'công trình, thiết bị', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_154', 'synonym', 'giải quyết việc làm
tạo việc làm
vay vốn giải quyết việc làm', 'mục đích vay, hỗ trợ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_155', 'synonym', 'khởi nghiệp
làm ăn
khởi sự kinh doanh', 'mục đích vay, hỗ trợ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_156', 'synonym', 'nước sạch và vệ sinh
nhà vệ sinh
công trình vệ sinh', 'mục đích vay, hỗ trợ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_157', 'synonym', 'yếu
chảy yếu
nước yếu', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_158', 'synonym', 'nhiễm phèn
phèn
nước đục
đục', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_159', 'synonym', 'làm nhà
cất nhà
xây nhà
nhà ở cho hộ nghèo', 'mục đích vay, hỗ trợ', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_160', 'synonym', 'phân bón
phân
giá phân', 'vật tư nông nghiệp', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_161', 'synonym', 'thuốc bảo vệ thực vật
thuốc trừ sâu
thuốc trừ rầy
thuốc BVTV', 'vật tư nông nghiệp', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_162', 'synonym', 'thức ăn chăn nuôi
cám', 'vật tư nông nghiệp', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_163', 'synonym', 'bỏ hoang
khóa cửa
không có người quản lý
không sử dụng', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_164', 'synonym', 'cháy
hỏa hoạn
chập cháy
chập điện', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_165', 'synonym', 'trộm cắp
mất trộm
trộm', 'sự việc', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_166', 'synonym', 'lục bình
bèo tây', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_167', 'synonym', 'nhà văn hóa
nhà sinh hoạt cộng đồng', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_168', 'synonym', 'hư hỏng máy
hư máy', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_169', 'place', 'Hậu Giang
tỉnh Hậu Giang', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_170', 'place', 'Cần Thơ
thành phố Cần Thơ
TP Cần Thơ', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_171', 'place', 'Cà Mau
tỉnh Cà Mau', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_172', 'place', 'Sóc Trăng
tỉnh Sóc Trăng', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_173', 'place', 'Ngã Bảy
thị xã Ngã Bảy
thành phố Ngã Bảy', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_174', 'place', 'Hàn Quốc', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_175', 'place', 'Nhật Bản
Nhật', '', 'active', 'seed', CURRENT_TIMESTAMP),
('thesaurus_seed_176', 'place', 'Đài Loan', '', 'active', 'seed', CURRENT_TIMESTAMP);
