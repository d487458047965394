import { expect, test } from "@playwright/test";
import { authState } from "./support";
import { guard, payloads } from "./xss-guard";

// The XSS corpus (test/corpora/xss-payloads.json) pushed through the places
// where someone else's text becomes page content — the editor's body (typed
// and pasted), title and summary, 在线投稿 (title and body, then the
// newsroom's inbox and the draft made from it), search queries echoed back,
// the RSS feed as a feed reader renders it and the news sitemap — and every
// resulting page rendered in Chromium. Any payload that runs fails the test:
// a dialog, a planted element (id/data "xss"), or a request to another host.
// Job posts, topics, photo captions and alt text: newsroom-xss-channels.spec.ts.
test.describe.configure({ mode: "serial" });
test.use({ storageState: authState("editor") });

const run = Date.now().toString(36);
const title = `XSS语料 ${run} ${payloads[0]}`.slice(0, 100);
let articlePath = "";

test(`the corpus has at least 100 payloads (${payloads.length})`, () => {
  expect(payloads.length).toBeGreaterThanOrEqual(100);
});

test("typed, pasted, in the title and summary: the published article runs none of them", async ({ page }) => {
  const check = await guard(page);
  await page.goto("/newsroom/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("栏目").selectOption({ label: "县市" });
  await page.getByLabel("摘要").fill(payloads.filter((p) => p.length < 40).slice(0, 8).join(" ").slice(0, 300));
  const editor = page.locator(".ProseMirror");
  await editor.click();
  await page.keyboard.insertText(payloads.slice(0, 40).join(" "));
  await page.keyboard.press("Enter");
  // Pasted from a web page: every payload as HTML on the clipboard.
  await editor.evaluate((el, html) => {
    const clipboard = new DataTransfer();
    clipboard.setData("text/html", html);
    clipboard.setData("text/plain", "粘贴");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, payloads.map((p) => `<p>${p}</p>${p}`).join("\n"));
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  await check("编辑器里的稿件");
  const panel = page.getByRole("region", { name: "审核与发布" });
  await panel.getByRole("button", { name: "发布" }).click();
  await expect(panel.getByRole("button", { name: "撤稿" })).toBeVisible();
  articlePath = new URL((await page.getByRole("link", { name: "查看网页" }).getAttribute("href"))!, page.url()).pathname;

  await page.goto(articlePath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`XSS语料 ${run}`);
  await check("文章页");
  for (const list of ["/", "/news/xianshi"]) {
    await page.goto(list);
    await check(list);
  }
});

test("a reader's contribution carrying the corpus runs nowhere: thanks page, inbox, draft", async ({ page }) => {
  const check = await guard(page);
  const subject = `投稿语料 ${run} ${payloads[10]}`.slice(0, 100);
  await page.goto("/contribute");
  await page.getByLabel("姓名").fill(payloads[1].slice(0, 30));
  await page.getByLabel("联系方式（电话或邮箱）").fill("reader@example.com");
  await page.getByLabel("标题").fill(subject);
  await page.getByLabel("正文").fill(`读者来稿正文开头，不少于二十个字的说明文字。\n${payloads.join("\n")}`);
  await page.getByRole("button", { name: "提交投稿" }).click();
  await expect(page.getByText("投稿已收到，感谢您的来稿！编辑审阅后可能与您联系。")).toBeVisible();
  await check("投稿之后");

  await page.goto("/newsroom/submissions");
  const item = page.getByRole("article", { name: subject, exact: true });
  await expect(item).toBeVisible();
  await check("编辑部的投稿列表");
  await item.getByRole("button", { name: "转为草稿" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  await expect(page.locator(".ProseMirror")).toContainText("读者来稿正文开头");
  await check("投稿转成的草稿");
});

test("search echoes every payload back as text", async ({ page, context }) => {
  // One page load per payload, on three tabs at once (each watched on its
  // own); the budget grows with the corpus instead of the default minute.
  const TABS = 3;
  test.setTimeout((payloads.length / TABS) * 2_500);
  const tabs = [page, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => context.newPage())))];
  await Promise.all(
    tabs.map(async (tab, t) => {
      const check = await guard(tab);
      for (const payload of payloads.filter((_, i) => i % TABS === t)) {
        await tab.goto(`/search?q=${encodeURIComponent(payload)}`);
        await check(`搜索：${payload}`);
      }
    }),
  );
});

test("the RSS feed, rendered as a feed reader does, and the news sitemap run none of them", async ({ page }) => {
  const check = await guard(page);
  await page.goto("/offline");
  // A feed reader parses the XML and renders each <description> as HTML.
  const rendered = await page.evaluate(async (marker) => {
    const xml = new DOMParser().parseFromString(await (await fetch("/rss.xml")).text(), "application/xml");
    const items = [...xml.querySelectorAll("item")].filter((i) => i.querySelector("title")?.textContent?.includes(marker));
    for (const item of items) {
      const box = document.createElement("article");
      box.innerHTML = item.querySelector("description")?.textContent ?? "";
      document.body.append(box);
    }
    return items.length;
  }, `XSS语料 ${run}`);
  expect(rendered, "新发布的稿件在 RSS 里").toBe(1);
  await check("RSS 阅读器");
  await page.goto("/news-sitemap.xml");
  expect(await page.content()).toContain(`XSS语料 ${run}`);
  await check("新闻网站地图");
});
