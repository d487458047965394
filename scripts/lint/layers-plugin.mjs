import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// Lint rules for the layering that import paths alone cannot express: whether
// the module on the other end of an import is server-only. A module says so
// itself with `import "server-only"`, so the rule reads the imported file
// rather than keeping a list of folders that would drift.

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".ts", ".tsx", ".mts", ".mjs", ".js", "/index.ts", "/index.tsx"];
const SERVER_ONLY = /^\s*import\s+["']server-only["'];?\s*$/m;
const serverOnlyCache = new Map();

/** The file an import specifier names, or null for packages and unknown paths. */
function resolveSpecifier(specifier, fromFile) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  if (/\.[cm]?[jt]sx?$/.test(base) && existsSync(base)) return base;
  for (const ext of EXTENSIONS) {
    if (existsSync(base + ext)) return base + ext;
  }
  return null;
}

function isServerOnly(file) {
  if (!serverOnlyCache.has(file)) serverOnlyCache.set(file, SERVER_ONLY.test(readFileSync(file, "utf8")));
  return serverOnlyCache.get(file);
}

/** True when every name the declaration brings in is a type (erased before it runs). */
function typeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === "type" || s.exportKind === "type");
}

function hasUseClient(program) {
  return program.body.some(
    (n) => n.type === "ExpressionStatement" && n.directive === "use client",
  );
}

function serverOnlyImportRule({ clientFilesOnly }) {
  return {
    meta: {
      type: "problem",
      docs: {
        description: clientFilesOnly
          ? "A \"use client\" module never imports a server-only module."
          : "This layer never imports a server-only module's values.",
      },
      schema: [],
      messages: {
        serverOnly:
          "「{{specifier}}」是仅限服务器的模块（import \"server-only\"）：{{where}}不能导入它的值，只能导入类型或由页面把数据作为 props 传入。",
      },
    },
    create(context) {
      const filename = context.filename;
      let active = !clientFilesOnly;
      function check(node) {
        if (!active || !node.source || typeOnly(node)) return;
        const specifier = String(node.source.value);
        if (specifier === "server-only") {
          context.report({ node, messageId: "serverOnly", data: { specifier, where: "浏览器端代码" } });
          return;
        }
        const target = resolveSpecifier(specifier, filename);
        if (target && isServerOnly(target)) {
          const where = clientFilesOnly ? "浏览器端代码（\"use client\"）" : "components/ 与 lib/client/";
          context.report({ node, messageId: "serverOnly", data: { specifier, where } });
        }
      }
      return {
        Program(program) {
          if (clientFilesOnly) active = hasUseClient(program);
        },
        ImportDeclaration: check,
        ExportNamedDeclaration: check,
        ExportAllDeclaration: check,
      };
    },
  };
}

export const layersPlugin = {
  meta: { name: "layers" },
  rules: {
    "no-server-only-import": serverOnlyImportRule({ clientFilesOnly: false }),
    "no-server-only-import-in-client": serverOnlyImportRule({ clientFilesOnly: true }),
  },
};
