/**
 * The Vietnamese text pipeline: people's names. A person is often named after a place or a virtue
 * ("ông Lương Tâm", "chị Mỹ Xuyên", "Nguyễn Thị Tân An"); a reader looking for places or topics must skip
 * them. A name is a run of one to four Title-case words after a title of address ("ông", "bà", "anh",
 * "chị"… with or without diacritics), or after a common family name followed by "Văn"/"Thị" or by two
 * more Title-case words. General Vietnamese usage, the same for every council.
 */

/** Titles of address, each with its accentless spelling ("có" is left out: "co" is mostly "có"). */
const TITLES = "Ông|Ong|Bà|Ba|Anh|Chị|Chi|Cô|Chú|Chu|Bác|Bac|Em|Cháu|Chau";
/** The commonest family names, with and without diacritics. */
const SURNAMES =
  "Nguyễn|Nguyen|Trần|Tran|Phạm|Pham|Huỳnh|Huynh|Hoàng|Hoang|Phan|Vũ|Vu|Võ|Vo|Đặng|Dang|Bùi|Bui|Đỗ|Ngô|Ngo";
const MIDDLE = "Văn|Van|Thị|Thi";
const WORD = String.raw`\p{Lu}\p{Ll}*`;
const lower = (alts: string) => alts.toLowerCase();

const PERSON_NAME = new RegExp(
  [
    // A sentence's first word capitalised: "Ông Lương Tâm hỏi…"
    String.raw`(?<=(?:^|[.!?:]\s*)(?:${TITLES})\s+)${WORD}(?:\s+${WORD}){0,3}`,
    // A title inside the sentence: "…của ông Lương Tâm"
    String.raw`(?<=(?:^|[^\p{L}])(?:${lower(TITLES)})\s+)${WORD}(?:\s+${WORD}){0,3}`,
    // A full name: "Nguyễn Thị Mỹ Xuyên", "Trần Tân Long Hải"
    String.raw`(?<![\p{L}])(?:${SURNAMES})\s+(?:(?:${MIDDLE})\s+${WORD}(?:\s+${WORD})?|${WORD}\s+${WORD})`,
  ].join("|"),
  "gu",
);

/** The text with people's names replaced by " | " (nothing reads across it). */
export const withoutPersonNames = (text: string) => text.normalize("NFC").replace(PERSON_NAME, " | ");
