import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every module in lib/ that reaches the database, the file system, child
// processes or the environment's secrets says `import "server-only"`, so
// Next refuses to put it in a browser bundle (and the lint rules can tell it
// from browser code by reading that line).

const root = path.resolve(import.meta.dirname, "..");
const SERVER_ONLY = /^import "server-only";$/m;
const NODE_ONLY = /^(node:)?(fs|fs\/promises|child_process)$/;
// NODE_ENV is public: Next inlines it into browser bundles itself.
const ENV_READ = /process\.env\.(?!NODE_ENV\b)[A-Z_]+|process\.env\[/;
const SERVER_FILES = new Set(["lib/db/client.ts", "lib/env.ts"]);

/** The value imports of a module (type-only imports are erased and do not count). */
function valueImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)) {
    if (!m[2]) found.push(m[3]);
  }
  return found;
}

function resolveToRepo(specifier: string, file: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return null;
}

/** Why a module must be server-only, or null when it need not be. */
function serverReason(source: string, file: string): string | null {
  if (ENV_READ.test(source)) return "reads the environment";
  for (const specifier of valueImports(source)) {
    if (NODE_ONLY.test(specifier)) return `imports ${specifier}`;
    const target = resolveToRepo(specifier, file)?.replace(/\.(ts|tsx|mjs)$/, "");
    if (!target) continue;
    if (target.startsWith("lib/generated/prisma")) return "imports the Prisma client";
    if (SERVER_FILES.has(`${target}.ts`)) return `imports ${target}`;
  }
  return null;
}

function libModules(): string[] {
  return readdirSync(path.join(root, "lib"), { recursive: true, encoding: "utf8" })
    .map((f) => `lib/${f.split(path.sep).join("/")}`)
    .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("lib/generated/") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"));
}

describe("server-only modules", () => {
  it("tells a module that reaches the server's resources from one that does not", () => {
    expect(serverReason('import { db } from "@/lib/db/client";\n', "lib/data/x/probe.ts")).toBe("imports lib/db/client");
    expect(serverReason('import { db } from "../../db/client";\n', "lib/data/x/probe.ts")).toBe("imports lib/db/client");
    expect(serverReason('import { readFile } from "node:fs/promises";\n', "lib/media/probe.ts")).toBe("imports node:fs/promises");
    expect(serverReason('const key = process.env.VAPID_PRIVATE_KEY;\n', "lib/push/probe.ts")).toBe("reads the environment");
    expect(serverReason('import type { PrismaClient } from "@/lib/generated/prisma/client";\n', "lib/probe.ts")).toBeNull();
    expect(serverReason('import { formatDate } from "@/lib/format/date";\n', "lib/probe.ts")).toBeNull();
  });

  it("marks every such module in lib/ with import \"server-only\"", () => {
    const modules = libModules();
    expect(modules.length).toBeGreaterThan(100);
    const unmarked = modules.flatMap((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      const reason = serverReason(source, file);
      return reason && !SERVER_ONLY.test(source) ? [`${file}: ${reason}`] : [];
    });
    expect(unmarked).toEqual([]);
  });
});
