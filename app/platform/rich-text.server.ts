/**
 * Rich text typed by staff (an agency's written answer): Markdown is what is
 * typed and stored; this module is the only place that turns it into HTML
 * (marked, then sanitize-html with a fixed allowlist) or into plain text.
 *
 * Supported: paragraphs (empty line), line breaks (a single newline),
 * **bold**, *italic*, `code`, "- " and "1. " lists, "> " quotes, links
 * ([text](https://…) or a bare web address; http, https and mailto only).
 * Raw HTML is never passed on: normalizeRichText removes it when the text
 * is saved and again before rendering; whatever marked still sees as HTML
 * keeps only its text; sanitize-html enforces the allowlist at the end.
 * Headings become bold paragraphs, code blocks keep their lines, images
 * keep only their text.
 */
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { cleanText } from "./text.ts";

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
const REL = "noopener noreferrer";

/** The only markup a rendering may contain. */
const ALLOWLIST: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote", "code"],
  // `start` keeps the numbers an agency typed ("3. …" after a paragraph).
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // A link without a safe absolute address loses it here and is unwrapped below.
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href?.trim() ?? "";
      return { tagName: "a", attribs: SAFE_HREF.test(href) ? { href, rel: REL } : { rel: REL } };
    },
    b: "strong",
    i: "em",
  },
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const markdown = new Marked({
  gfm: true,
  breaks: true, // a newline typed in the textarea is a line break, as agencies expect
  async: false,
  renderer: {
    // Raw HTML: its tags go (script and style with their content), its text stays.
    html({ text, block }) {
      const kept = sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} });
      return block ? (kept.trim() ? `<p>${kept.trim()}</p>\n` : "") : kept;
    },
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      return SAFE_HREF.test(href.trim()) ? `<a href="${escapeHtml(href.trim())}">${text}</a>` : text;
    },
    heading({ tokens }) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
    },
    code: ({ text }) => `<p><code>${escapeHtml(text).replace(/\n/g, "<br>")}</code></p>\n`,
    image: ({ text }) => escapeHtml(text),
    hr: () => "",
  },
});

const COMMENT = /<!--[\s\S]*?-->|<!--/g;
const WITH_CONTENT =
  /(?<!\\)<(script|style|iframe|object|embed|template|textarea|noscript|title|xmp|noembed|noframes|svg|math)\b[\s\S]*?<\/\1\s*>/gi;
const TAG = /(?<!\\)<(?:\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?|![a-z][^<>]*|\?[^<>]*)>/gi;

/**
 * What is stored: the Markdown as typed, cleaned like every stored text
 * (cleanText: line ends made Unix ones, NFC, no control, bidi or invisible
 * characters), raw HTML tags removed (a closed script-like element with its
 * content; other tags keep their text) and outer blank space trimmed.
 * Tags inside code spans are removed too: HTML is not a supported input.
 */
export function normalizeRichText(input: string): string {
  let text = cleanText(input); // line breaks as "\n", NFC, no control, bidi or invisible characters

  for (let before = ""; before !== text;) {
    before = text;
    text = text.replace(COMMENT, "").replace(WITH_CONTENT, "").replace(TAG, "");
  }
  return text.trim();
}

/** The allowlist applied to any HTML (exported for tests of the allowlist itself). */
export function sanitizeRichHtml(html: string): string {
  return sanitizeHtml(html, ALLOWLIST)
    .replace(/<a rel="noopener noreferrer">([\s\S]*?)<\/a>/g, "$1")
    .replace(/>\s*\n\s*</g, "><")
    .trim();
}

/** Markdown → safe HTML for display (and for the public API's `html`). */
export function richTextToHtml(text: string): string {
  return sanitizeRichHtml(markdown.parse(normalizeRichText(text)) as string);
}

// ---------------------------------------------------------------- plain text

type Node = string | { tag: string; attrs: Record<string, string>; children: Node[] };

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(
          parseInt(e[1].toLowerCase() === "x" ? e.slice(2) : e.slice(1), e[1].toLowerCase() === "x" ? 16 : 10),
        )
      : (ENTITY[e.toLowerCase()] ?? m),
  );

/** Parses the allowlisted HTML above (well-formed, a handful of tags) into a tree. */
function parse(html: string): Node[] {
  const root = { tag: "", attrs: {}, children: [] as Node[] };
  const stack = [root];
  for (const m of html.matchAll(/<(\/?)([a-z]+)([^>]*)>|([^<]+)/gi)) {
    const top = stack[stack.length - 1];
    if (m[4] !== undefined) top.children.push(decode(m[4]));
    else if (m[1]) {
      const i = stack.map((n) => n.tag).lastIndexOf(m[2].toLowerCase());
      if (i > 0) stack.length = i;
    } else {
      const attrs = Object.fromEntries(
        [...m[3].matchAll(/([a-z-]+)="([^"]*)"/gi)].map((a) => [a[1].toLowerCase(), decode(a[2])]),
      );
      const node = { tag: m[2].toLowerCase(), attrs, children: [] as Node[] };
      top.children.push(node);
      if (node.tag !== "br" && !m[3].trim().endsWith("/")) stack.push(node);
    }
  }
  return root.children;
}

const BLOCK = new Set(["p", "ul", "ol", "blockquote"]);
const isBlock = (n: Node) => typeof n !== "string" && BLOCK.has(n.tag);

function inline(nodes: Node[]): string {
  return nodes
    .map((n) => {
      if (typeof n === "string") return n.replace(/\s*\n\s*/g, " ");
      if (n.tag === "br") return "\n";
      const text = inline(n.children);
      if (n.tag === "a" && n.attrs.href && n.attrs.href !== text && n.attrs.href !== `mailto:${text}`)
        return `${text} (${n.attrs.href})`;
      return text;
    })
    .join("");
}

/** Block nodes → blocks of text; runs of inline nodes count as one paragraph. */
function blocks(nodes: Node[]): string[] {
  const out: string[] = [];
  let run: Node[] = [];
  const flush = () => {
    const text = inline(run).trim();
    if (text) out.push(text);
    run = [];
  };
  for (const n of nodes) {
    if (!isBlock(n) || typeof n === "string") {
      run.push(n);
      continue;
    }
    flush();
    if (n.tag === "p") {
      const text = inline(n.children).trim();
      if (text) out.push(text);
    } else if (n.tag === "blockquote") {
      out.push(blocks(n.children).join("\n\n").replace(/^/gm, "> "));
    } else {
      const items = n.children.filter((c): c is Exclude<Node, string> => typeof c !== "string" && c.tag === "li");
      let k = Number(n.attrs.start) || 1;
      out.push(
        items
          .map((li) => {
            const marker = n.tag === "ol" ? `${k++}. ` : "- ";
            const body = blocks(li.children).join("\n");
            return marker + body.replace(/\n/g, `\n${" ".repeat(marker.length)}`);
          })
          .join("\n"),
      );
    }
  }
  flush();
  return out;
}

/**
 * Markdown → plain text (exports, e-mail, emptiness checks): paragraphs
 * separated by an empty line, each list item on its own line ("- " or
 * "1. "), links as "text (address)".
 */
export function richTextToPlain(text: string): string {
  return blocks(parse(richTextToHtml(text))).join("\n\n");
}
