import path from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layering rules in eslint.config.mjs, run through ESLint itself on small
// snippets placed (in name only) inside the folders they govern: a rule that
// stopped firing would let the layers drift without anyone noticing.

const root = path.resolve(import.meta.dirname, "..");
let eslint: ESLint;

beforeAll(() => {
  // The probes exist in name only, so the TypeScript project cannot type them;
  // the layering rules read import paths and the imported files, not types.
  eslint = new ESLint({ cwd: root, overrideConfig: [{ files: ["**/boundary-probe.*"], ...tseslint.configs.disableTypeChecked }] });
});

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe("layer boundaries", { timeout: 120_000 }, () => {
  it("stops a component from importing the database client", async () => {
    const code = 'import { db } from "@/lib/db/client";\n\nexport const count = () => db.article.count();\n';
    expect(await ruleIds(code, "components/home/boundary-probe.tsx")).toContain("@typescript-eslint/no-restricted-imports");
  });

  it("stops a component from importing the data layer or a newsroom command, by alias or relative path", async () => {
    const data = 'import { getPublishedArticle } from "@/lib/data/articles/get-article";\n\nexport const read = getPublishedArticle;\n';
    const command = 'import { saveArticle } from "../../lib/newsroom/articles/save-article";\n\nexport const save = saveArticle;\n';
    expect(await ruleIds(data, "components/article/boundary-probe.tsx")).toContain("@typescript-eslint/no-restricted-imports");
    expect(await ruleIds(command, "components/newsroom/boundary-probe.tsx")).toContain("@typescript-eslint/no-restricted-imports");
  });

  it("lets a component import the data layer's types", async () => {
    const code =
      'import type { EditableArticle } from "@/lib/data/newsroom/get-article-for-edit";\n\nexport type Probe = EditableArticle["title"];\n';
    expect(await ruleIds(code, "components/newsroom/boundary-probe.tsx")).toEqual([]);
  });

  it("stops a component from importing any server-only module's values", async () => {
    const code = 'import { env } from "@/lib/env";\n\nexport const siteUrl = env.SITE_URL;\n';
    expect(await ruleIds(code, "components/layout/boundary-probe.tsx")).toContain("layers/no-server-only-import");
  });

  it("stops lib/ from importing app/ or components/", async () => {
    const code = 'import { Pagination } from "@/components/ui/pagination";\n\nexport const probe = Pagination;\n';
    expect(await ruleIds(code, "lib/site/boundary-probe.ts")).toContain("@typescript-eslint/no-restricted-imports");
  });

  it("stops lib/client/ from importing server-only code", async () => {
    const code = 'import { db } from "@/lib/db/client";\n\nexport const probe = db;\n';
    expect(await ruleIds(code, "lib/client/boundary-probe.ts")).toContain("layers/no-server-only-import");
  });

  it("stops browser code from importing server-only code", async () => {
    const code =
      '"use client";\n\nimport { listNewsroomArticles } from "@/lib/data/newsroom/list-newsroom-articles";\n\nexport const probe = listNewsroomArticles;\n';
    expect(await ruleIds(code, "app/(site)/boundary-probe.tsx")).toContain("layers/no-server-only-import-in-client");
  });
});
