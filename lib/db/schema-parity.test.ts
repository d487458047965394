import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PRISMA_PATHS } from "./provider.mjs";

// The SQLite and PostgreSQL schemas must describe the same models, field
// for field: the app uses one client type for both. Their own parts (the
// datasource, the generated client's folder, comments, and PostgreSQL's
// search column, which Prisma's client never sees) are left out.

function models(file: string): Map<string, string[]> {
  const text = readFileSync(path.resolve(file), "utf8");
  const blocks = new Map<string, string[]>();
  for (const match of text.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const lines = match[2]
      .split("\n")
      .map((l) => l.replace(/\/\/.*$/, "").trim().replace(/\s+/g, " "))
      .filter((l) => l && !/\bUnsupported\(/.test(l));
    blocks.set(match[1], lines);
  }
  return blocks;
}

describe("the SQLite and PostgreSQL schemas", () => {
  const sqlite = models(PRISMA_PATHS.sqlite.schema);
  const postgres = models(PRISMA_PATHS.postgresql.schema);

  it("have the same models", () => {
    expect(sqlite.size).toBeGreaterThan(10);
    expect([...postgres.keys()].sort()).toEqual([...sqlite.keys()].sort());
  });

  it("have the same fields, attributes and indexes in every model", () => {
    for (const [name, lines] of sqlite) expect(postgres.get(name), `model ${name}`).toEqual(lines);
  });

  it("differ only in the datasource provider and the client's output folder", () => {
    const generator = (file: string) => readFileSync(path.resolve(file), "utf8").match(/^generator client \{[\s\S]*?^\}/m)?.[0].replace(/output\s*=.*\n/, "");
    expect(generator(PRISMA_PATHS.postgresql.schema)).toBe(generator(PRISMA_PATHS.sqlite.schema));
  });
});
