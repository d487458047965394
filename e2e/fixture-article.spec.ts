import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parseLegacyArticlePage } from "../lib/import/parse-legacy-page";
import { FIXTURE_PATH } from "../test/fixture";
import { e2eInfo } from "./support";

// The original portal's saved article page, imported through the app's data
// layer by scripts/e2e-prepare.ts: its page must show every part, in order.
const { fixtureArticleId } = e2eInfo();

test("the imported original article shows every part in order", async ({ page }) => {
  if (fixtureArticleId === null) console.log(`跳过：没有原站文章页样本 ${FIXTURE_PATH}`);
  test.skip(fixtureArticleId === null, "共享目录中没有原站文章页样本");
  const original = parseLegacyArticlePage(readFileSync(FIXTURE_PATH, "utf8"));

  const response = await page.goto(`/article/${fixtureArticleId}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/苗乡侗寨警民情/);

  const text = (await page.locator("main article").innerText()).replace(/\s+/g, " ");
  const parts = [
    "苗乡侗寨警民情 州公安系统爱民活动促和谐",
    "时间：2009-08-21 10:26:15",
    "来源：黔东南信息港",
    "在线投稿邮箱",
    "新闻热线",
    "值班QQ",
    "本港讯（周重新 杨光勇）",
    // Every sub-heading and paragraph of the original, in its order.
    ...original.blocks.map((b) => b.text.slice(0, 24)),
    "责任编辑：dreamlak",
    "收藏",
    "上一篇",
    "下一篇",
    "相关新闻",
    "声明",
  ];
  expect(original.blocks.length).toBe(10);
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `“${part}”应在前一部分之后出现`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
  // The byline opens the first paragraph, as in the original.
  await expect(page.locator(".article-body p").first()).toContainText("本港讯（周重新 杨光勇）黔东南州公安系统");
  // Sub-headings are headings, not bold paragraphs (stored as h3, lifted to h2 under the page's h1).
  await expect(page.locator(".article-body h2")).toHaveText(["大走访 访出警民鱼水情", "把“保稳定”落到实处", "将“大走访”变为“长走访”"]);
  // The site's own work carries the original-work statement.
  await expect(page.getByRole("complementary", { name: "声明" })).toContainText("版权归本网所有");
});
