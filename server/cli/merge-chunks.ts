/**
 * After `remix build`, before precompress: the small shared chunks that the public pages load become one
 * file. Remix's compiler splits the browser code by which routes use it, and gives the live episode page
 * some twenty scripts, fifteen of them under a kilobyte. On a slow phone network each request costs more
 * than its bytes (its headers, and the network's share of it), so the page is interactive later than its
 * weight says (bench/phone.ts; rollup calls the same remedy `experimentalMinChunkSize`).
 *
 * What is merged: chunks of `_shared/` under MAX_BYTES that a public page loads (staff pages are on
 * office networks), that no code imports dynamically, and that sit on no import cycle through a chunk
 * left out (a merged file evaluated before what it needs would break). esbuild bundles them, each
 * chunk's exports renamed after the chunk; every script that imported one of them imports the merged
 * file instead. A script that changed is renamed with the merged file's hash (the names are cached as
 * immutable), and the manifests, the browser's and the server build's, follow.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { isStaffRoute } from "../../app/platform/staff-routes.ts";

export const MAX_BYTES = 4096;

const STATIC_IMPORT = /import\s*(\{[^}]*\})?\s*(?:from\s*)?"(\/build\/[^"]+\.js)"/g;
const DYNAMIC_IMPORT = /import\(\s*"(\/build\/[^"]+\.js)"\s*\)/g;

export type Script = { url: string; code: string };

/**
 * The scripts each script imports statically (`graph`), and with its dynamic imports too (`all`); and the
 * scripts imported dynamically anywhere.
 */
export function importGraph(scripts: Script[]) {
  const graph = new Map<string, Set<string>>();
  const all = new Map<string, Set<string>>();
  const dynamic = new Set<string>();
  for (const s of scripts) {
    const statics = [...s.code.matchAll(STATIC_IMPORT)].map((m) => m[2]);
    const dynamics = [...s.code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]);
    graph.set(s.url, new Set(statics));
    all.set(s.url, new Set([...statics, ...dynamics]));
    for (const u of dynamics) dynamic.add(u);
  }
  return { graph, all, dynamic };
}

function reach(graph: Map<string, Set<string>>, from: Iterable<string>) {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length) {
    for (const next of graph.get(stack.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/**
 * Which candidates can be merged: none that imports a script outside the group that not every page loads
 * (the merged file would bring it to pages that did without), and none that a script outside the group
 * both needs and is needed by (merged → outside → merged is a cycle the separate files did not have).
 */
export function planGroup(graph: Map<string, Set<string>>, candidates: Iterable<string>, everywhere: Set<string>) {
  const group = new Set(candidates);
  for (;;) {
    const strays = [...group].filter((u) => [...(graph.get(u) ?? [])].some((d) => !group.has(d) && !everywhere.has(d)));
    if (strays.length) {
      for (const u of strays) group.delete(u);
      continue;
    }
    const outside = [...reach(graph, group)].filter((u) => !group.has(u));
    const back = outside.flatMap((u) => [...reach(graph, [u])].filter((x) => group.has(x)));
    if (!back.length) return group;
    for (const u of back) group.delete(u);
  }
}

/** The names a chunk exports (esbuild ends each with one `export{a as b,c}`). */
export function exportsOf(code: string) {
  const all = [...code.matchAll(/export\s*\{([^}]*)\}\s*;?/g)];
  if (!all.length) return [];
  return all[all.length - 1][1]
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split(/\s+as\s+/).pop()!);
}

/** The prefix a chunk's exports take in the merged file: its hash, which no other chunk has. */
export const prefixOf = (url: string) => `${path.basename(url, ".js").replace(/[^A-Za-z0-9]/g, "_")}$`;

/**
 * A script's imports of merged chunks turned into imports of the merged file, and other scripts'
 * names replaced by their new ones.
 */
export function rewrite(code: string, group: Set<string>, merged: string, renamed: Map<string, string>) {
  return code
    .replace(STATIC_IMPORT, (all, names: string | undefined, url: string) => {
      if (!group.has(url)) return renamed.has(url) ? all.replace(url, renamed.get(url)!) : all;
      if (!names) return `import"${merged}"`;
      const specs = names
        .slice(1, -1)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => {
          const [name, local] = s.split(/\s+as\s+/);
          return `${prefixOf(url)}${name} as ${local ?? name}`;
        });
      return `import{${specs.join(",")}}from"${merged}"`;
    })
    .replace(DYNAMIC_IMPORT, (all, url: string) => (renamed.has(url) ? all.replace(url, renamed.get(url)!) : all));
}

/** "/build/root-AB12.js" → "/build/root-AB12-CD34.js". */
const withHash = (url: string, hash: string) => url.replace(/\.js$/, `-${hash}.js`);

function scriptsIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return scriptsIn(p);
    return name.endsWith(".js") ? [p] : [];
  });
}

type Manifest = {
  url: string;
  entry: { module: string; imports: string[] };
  routes: Record<string, { module: string; imports?: string[] }>;
};

export async function mergeSmallChunks(opts: { publicDir: string; serverBuild: string }) {
  const buildDir = path.join(opts.publicDir, "build");
  const urlOf = (file: string) => `/${path.relative(opts.publicDir, file).split(path.sep).join("/")}`;
  const fileOf = (url: string) => path.join(opts.publicDir, ...url.slice(1).split("/"));
  const files = scriptsIn(buildDir);
  const manifestFile = files.find((f) => /^manifest-[A-Z0-9-]+\.js$/.test(path.basename(f)));
  if (!manifestFile) throw new Error(`no manifest in ${buildDir}`);
  const manifestCode = readFileSync(manifestFile, "utf8");
  const manifest = JSON.parse(
    manifestCode.slice(manifestCode.indexOf("{"), manifestCode.lastIndexOf("}") + 1),
  ) as Manifest;
  const scripts = files
    .filter((f) => f !== manifestFile)
    .map((f) => ({ url: urlOf(f), code: readFileSync(f, "utf8") }));
  const { graph, all, dynamic } = importGraph(scripts);

  const publicLoads = new Set(manifest.entry.imports);
  for (const [id, route] of Object.entries(manifest.routes))
    if (!isStaffRoute(id.replace(/^routes\//, ""))) for (const u of route.imports ?? []) publicLoads.add(u);
  const code = new Map(scripts.map((s) => [s.url, s.code]));
  const small = (u: string) => {
    const c = code.get(u);
    return c !== undefined && Buffer.byteLength(c) < MAX_BYTES;
  };
  const candidates = [...publicLoads].filter((u) => u.startsWith("/build/_shared/") && !dynamic.has(u) && small(u));
  // What every page loads (the entry, the root and what they import): a merged chunk may import only these,
  // so that the merged file brings no page a script it did not load before.
  const everywhere = new Set([
    manifest.entry.module,
    ...manifest.entry.imports,
    manifest.routes.root.module,
    ...(manifest.routes.root.imports ?? []),
  ]);
  const group = planGroup(graph, candidates, everywhere);
  if (group.size < 2) return { merged: null, group: [...group], renamed: 0 };

  const members = [...group].sort();
  const entry = members
    .map((u) => {
      const names = exportsOf(code.get(u)!);
      return names.length
        ? `export{${names.map((n) => `${n} as ${prefixOf(u)}${n}`).join(",")}}from"${u}";`
        : `import"${u}";`;
    })
    .join("\n");
  const out = await build({
    stdin: { contents: entry, loader: "js", resolveDir: opts.publicDir, sourcefile: "merged-chunks.js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    write: false,
    logLevel: "silent",
    plugins: [
      {
        name: "built-chunks",
        setup(b) {
          b.onResolve({ filter: /^\/build\// }, (a) =>
            group.has(a.path) ? { path: fileOf(a.path) } : { path: a.path, external: true },
          );
        },
      },
    ],
  });
  const mergedCode = out.outputFiles[0].text;
  const hash = createHash("sha256").update(mergedCode).digest("hex").slice(0, 8).toUpperCase();
  const merged = `/build/_shared/merged-${hash}.js`;

  // A script changes when it imports a merged chunk, or a script that changes (a new name), in any way.
  const changed = new Set(
    scripts.map((s) => s.url).filter((u) => !group.has(u) && [...reach(all, [u])].some((d) => group.has(d))),
  );
  const renamed = new Map([...changed].map((u) => [u, withHash(u, hash)]));

  writeFileSync(fileOf(merged), rewrite(mergedCode, new Set(), merged, renamed));
  for (const u of changed) {
    writeFileSync(fileOf(renamed.get(u)!), rewrite(code.get(u)!, group, merged, renamed));
    rmSync(fileOf(u));
  }
  for (const u of group) rmSync(fileOf(u));

  // The manifests: each module's new name, and the merged file for the chunks it holds, once. The
  // server build holds the same manifest as the browser's (as a literal), which it is replaced by.
  const manifestUrl = urlOf(manifestFile);
  const renamedManifest = withHash(manifestUrl, hash);
  const one = (u: string) => (group.has(u) ? merged : (renamed.get(u) ?? u));
  const many = (us: string[]) => [...new Set(us.map(one))];
  const routes: Manifest["routes"] = {};
  for (const [id, r] of Object.entries(manifest.routes))
    routes[id] = { ...r, module: one(r.module), ...(r.imports ? { imports: many(r.imports) } : {}) };
  const fixed = JSON.stringify({
    ...manifest,
    entry: { module: one(manifest.entry.module), imports: many(manifest.entry.imports) },
    routes,
    url: renamedManifest,
  });
  writeFileSync(
    fileOf(renamedManifest),
    `${manifestCode.slice(0, manifestCode.indexOf("{"))}${fixed}${manifestCode.slice(manifestCode.lastIndexOf("}") + 1)}`,
  );
  rmSync(manifestFile);
  const server = readFileSync(opts.serverBuild, "utf8");
  const head = "var assets_manifest_default = ";
  const start = server.indexOf(head);
  if (start < 0 || !server.includes(manifestUrl)) throw new Error(`no assets manifest in ${opts.serverBuild}`);
  const end = server.indexOf(";\n", start);
  writeFileSync(opts.serverBuild, `${server.slice(0, start)}${head}${fixed}${server.slice(end)}`);
  // A form of import this does not rewrite (a namespace import, a re-export) would point at a deleted file.
  for (const f of [...scriptsIn(buildDir), opts.serverBuild]) {
    const text = readFileSync(f, "utf8");
    const left = [...group, ...changed, manifestUrl].find((u) => text.includes(`"${u}"`));
    if (left) throw new Error(`${f} still names ${left}`);
  }
  return { merged, group: members, renamed: renamed.size };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const r = await mergeSmallChunks({
    publicDir: path.join(root, "public"),
    serverBuild: path.join(root, "build", "index.js"),
  });
  console.log(
    r.merged
      ? `Merged ${r.group.length} small chunks into ${r.merged}; ${r.renamed} scripts renamed`
      : "No small chunks to merge",
  );
}
