import { describe, expect, it } from "vitest";
import { exportsOf, importGraph, planGroup, prefixOf, rewrite } from "./merge-chunks.ts";

const S = "/build/_shared/";
const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe("merging small chunks", () => {
  it("reads esbuild's imports, static and dynamic, and a chunk's exports", () => {
    const { graph, dynamic } = importGraph([
      {
        url: "/build/root-A.js",
        code: `import{a as b,c}from"${S}chunk-X.js";import"${S}chunk-Y.js";var l=()=>import("${S}socket-Z.js");export{l as default};`,
      },
    ]);
    expect([...graph.get("/build/root-A.js")!]).toEqual([`${S}chunk-X.js`, `${S}chunk-Y.js`]);
    expect([...dynamic]).toEqual([`${S}socket-Z.js`]);
    expect(exportsOf(`var a=1,b=2;export{a as x,b};`)).toEqual(["x", "b"]);
    expect(exportsOf(`console.log(1);`)).toEqual([]);
  });

  it("leaves out a chunk that would bring a page a script it did not load, or close a cycle", () => {
    const everywhere = new Set([`${S}react.js`, `${S}runtime.js`]);
    const graph = graphOf({
      [`${S}a.js`]: [`${S}react.js`, `${S}b.js`],
      [`${S}b.js`]: [],
      // imports a big chunk that only some pages load
      [`${S}c.js`]: [`${S}big.js`],
      // imports the runtime, which every page loads, but the runtime imports d back: a cycle
      [`${S}d.js`]: [`${S}runtime.js`],
      [`${S}runtime.js`]: [`${S}d.js`],
      [`${S}react.js`]: [],
    });
    const group = planGroup(graph, [`${S}a.js`, `${S}b.js`, `${S}c.js`, `${S}d.js`], everywhere);
    expect([...group].sort()).toEqual([`${S}a.js`, `${S}b.js`]);
  });

  it("points a script's imports at the merged file under the chunk's own names, and renamed scripts at their new names", () => {
    const group = new Set([`${S}chunk-X.js`, `${S}chunk-Y.js`]);
    const renamed = new Map([[`${S}chunk-R.js`, `${S}chunk-R-H.js`]]);
    const code =
      `import{a as b,c}from"${S}chunk-X.js";import"${S}chunk-Y.js";import{d}from"${S}chunk-R.js";` +
      `import{e}from"${S}chunk-K.js";var l=()=>import("${S}chunk-R.js");`;
    const out = rewrite(code, group, `${S}merged-H.js`, renamed);
    expect(prefixOf(`${S}chunk-X.js`)).toBe("chunk_X$");
    expect(out).toBe(
      `import{chunk_X$a as b,chunk_X$c as c}from"${S}merged-H.js";import"${S}merged-H.js";import{d}from"${S}chunk-R-H.js";` +
        `import{e}from"${S}chunk-K.js";var l=()=>import("${S}chunk-R-H.js");`,
    );
  });
});
