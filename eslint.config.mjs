import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";
import { layersPlugin } from "./scripts/lint/layers-plugin.mjs";

// The project's rules, kept by the linter rather than by goodwill. Next's own
// rules (with React hooks and jsx-a11y), type-aware checks where a mistake
// costs most (a promise nobody awaits, a promise passed where a plain callback
// is expected, `any`), and the layering of app/ → components/ → lib/.

// A path into app/ or components/, as `@/…` or relative.
const UI_LAYERS = "^(@/|(\\.\\./)+|\\./)(app|components)(/|$)";

// What a component may never take values from: the database, the data layer,
// the newsroom's commands, sign-in and sessions. Types from those are fine:
// they describe the props a page hands over.
const SERVER_LAYERS = [
  {
    regex: "^(@/|(\\.\\./)+)lib/(db|data|auth/(auth-options|current-actor|password|login-throttle))(/|$)",
    message: "components/ 只接收 props：数据层、数据库与会话只能由 app/ 的页面和动作读取（类型导入可以）。",
    allowTypeImports: true,
  },
  {
    // status-labels.ts is the one pure table in lib/newsroom/.
    regex: "^(@/|(\\.\\./)+)lib/newsroom/(?!status-labels$)",
    message: "components/ 不能调用编辑部命令：通过 app/ 中的服务器动作调用（类型导入可以）。",
    allowTypeImports: true,
  },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "lib/generated/**",
      ".next/**",
      ".next-*/**",
      ".e2e/**",
      ".bench*/**",
      "data/**",
      "public/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    files: ["**/*.{ts,tsx,mts}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    rules: {
      // Pictures are served as variants made at upload (WebP/AVIF, 320–1280 px,
      // lib/media) with their own srcset; next/image's optimizer is not used.
      "@next/next/no-img-element": "off",
    },
  },
  {
    // Plain JavaScript (scripts, configs) is outside the TypeScript project.
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    plugins: { layers: layersPlugin },
  },
  {
    // lib/ is the server's domain and pure helpers: it never reaches up into the UI.
    files: ["lib/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ regex: UI_LAYERS, message: "lib/ 不能导入 app/ 或 components/：依赖只能向下。" }] },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(@/|(\\.\\./)+)app(/|$)", message: "components/ 不能导入 app/：页面使用组件，而不是相反。" },
            ...SERVER_LAYERS,
          ],
        },
      ],
      // Components render what they are given; a server-only module's values stay in app/ and lib/.
      "layers/no-server-only-import": "error",
    },
  },
  {
    // Code that runs in the browser: never a module that imports "server-only".
    files: ["**/*.{ts,tsx}"],
    rules: { "layers/no-server-only-import-in-client": "error" },
  },
  {
    // lib/client/ is browser code (and the service worker's) by where it lives.
    files: ["lib/client/**"],
    rules: { "layers/no-server-only-import": "error" },
  },
);
