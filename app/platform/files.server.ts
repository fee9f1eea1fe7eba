/**
 * Uploaded files: the type is detected from the content and must match the
 * name's extension (never the browser's word); size is limited; files are
 * written under DATA_DIR/uploads with a random name, atomically.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { getConfig } from "./config.server.ts";
import { cleanText } from "./text.ts";

const ZIP = (b: Buffer) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const OLE = (b: Buffer) => b.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));

export const FILE_TYPES = {
  "application/pdf": { ext: [".pdf"], magic: (b: Buffer) => b.subarray(0, 5).toString("latin1") === "%PDF-" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { ext: [".docx"], magic: ZIP },
  "application/msword": { ext: [".doc"], magic: OLE },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { ext: [".xlsx"], magic: ZIP },
  "image/png": {
    ext: [".png"],
    magic: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  "image/jpeg": { ext: [".jpg", ".jpeg"], magic: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
} as const;
export type FileType = keyof typeof FILE_TYPES;

export const DOCUMENT_TYPES: FileType[] = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/msword",
];
export const ATTACHMENT_TYPES: FileType[] = [
  ...DOCUMENT_TYPES,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "image/png",
  "image/jpeg",
];

export class UploadError extends Error {
  constructor(public code: "err.fileType" | "err.fileSize" | "err.fileEmpty") {
    super(code);
  }
}

export function detectType(name: string, bytes: Buffer, allowed: FileType[]): { type: FileType; ext: string } {
  const config = getConfig();
  if (bytes.length === 0) throw new UploadError("err.fileEmpty");
  if (bytes.length > config.uploadMaxBytes) throw new UploadError("err.fileSize");
  const lower = name.toLowerCase();
  for (const type of allowed) {
    const t = FILE_TYPES[type];
    const ext = t.ext.find((e) => lower.endsWith(e));
    if (ext && t.magic(bytes)) return { type, ext };
  }
  throw new UploadError("err.fileType");
}

/**
 * A stored file's shown name: no path, no control character or quote, at most 200 code units, and
 * clean like every stored text (no bidi override to show "hóa đơn\u202Efdp.exe" as "hóa đơnexe.pdf";
 * a surrogate pair cut by the length limit becomes U+FFFD).
 */
export function safeFileName(name: string): string {
  return cleanText(
    path
      .basename(name)
      // eslint-disable-next-line no-control-regex -- control characters are what a file name must not keep
      .replace(/[\u0000-\u001f"\\/]/g, "_")
      .slice(0, 200),
  );
}

/** Writes the bytes under a new random name; returns that name. */
export async function storeFile(bytes: Buffer, ext: string): Promise<string> {
  const dir = getConfig().uploadDir;
  await mkdir(dir, { recursive: true });
  const stored = `${randomBytes(16).toString("hex")}${ext}`;
  const tmp = path.join(dir, `${stored}.part`);
  await writeFile(tmp, bytes, { flag: "wx" });
  await rename(tmp, path.join(dir, stored));
  return stored;
}

export function storedPath(stored: string): string {
  return path.join(getConfig().uploadDir, path.basename(stored));
}

export async function removeStored(stored: string | null | undefined) {
  if (stored) await unlink(storedPath(stored)).catch(() => {});
}

export function contentDisposition(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
