import { type Browser, expect, type Page, test } from "@playwright/test";
import { authState } from "./support";

// 关注 as a reader notices it: following a section puts its newest articles
// in the homepage's 我的关注; what an editor publishes there afterwards is 新
// once; a followed topic says how many items it gained since it was last
// opened. The reader is on a phone, without an account; the editors work in
// the newsroom meanwhile. Kept on the reader's device: the pages stay cached.
test.describe.configure({ mode: "serial" });

const title = `关注测试：县市新建游客中心${Date.now().toString(36)}`;

async function readerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

/** Presses 关注 on a section's or topic's page; returns what is followed. Pressed again until hydrated (a click before that goes nowhere). */
async function follow(page: Page): Promise<string> {
  const button = page.getByRole("button", { name: /^关注/ });
  const name = (await button.getAttribute("aria-label"))!.replace(/^关注/, "");
  await expect(async () => {
    if (await button.count()) await button.click();
    await expect(page.getByRole("button", { name: `已关注${name}，点按取消` })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(page.getByText("最新内容会出现在首页「我的关注」")).toBeVisible();
  return name;
}

const myFollows = (page: Page) => page.getByRole("region", { name: "我的关注" });
/** The chip of a followed section or topic (its link; the news items name their source too). */
const followedChip = (page: Page, name: string) => myFollows(page).getByRole("list", { name: "关注的栏目和专题" }).getByRole("link", { name });
const followedNews = (page: Page) => myFollows(page).getByRole("list", { name: "关注的最新内容" });

test("a followed section's newest articles are in 我的关注; what is published there after is 新, once", async ({ browser }) => {
  const reader = await readerPage(browser);
  await reader.goto("/");
  await expect(myFollows(reader)).toHaveCount(0);

  await reader.goto("/news/xianshi");
  const newest = (await reader.locator("main li h2 a").first().textContent())!.replace(/^\[快讯\]/, "").trim();
  expect(await follow(reader)).toBe("县市");

  await reader.goto("/");
  await expect(followedChip(reader, "县市")).toHaveText("县市");
  await expect(followedNews(reader).getByRole("link").first()).toContainText(newest);
  // Following does not make the past new.
  await expect(followedNews(reader).getByText("新", { exact: true })).toHaveCount(0);

  const editor = await browser.newContext({ storageState: authState("editor") });
  const desk = await editor.newPage();
  await desk.goto("/newsroom/articles/new");
  await desk.getByLabel("标题", { exact: true }).fill(title);
  await desk.getByLabel("栏目").selectOption({ label: "县市" });
  await desk.locator(".ProseMirror").click();
  await desk.keyboard.type("游客中心下月开放。");
  await desk.getByRole("group", { name: "稿件操作" }).getByRole("button", { name: "发布" }).click();
  await expect(desk).toHaveURL(/\?published=1$/);
  await editor.close();

  await reader.reload();
  const fresh = followedNews(reader).getByRole("link", { name: new RegExp(title) });
  await expect(fresh).toBeVisible();
  await expect(fresh.getByText("新", { exact: true })).toBeVisible();
  await expect(followedNews(reader).getByRole("link").first()).toContainText(title);

  // Shown once: on the next visit it is still listed, no longer new.
  await reader.reload();
  await expect(fresh).toBeVisible();
  await expect(fresh.getByText("新", { exact: true })).toHaveCount(0);

  // Unfollowed from the block itself: it goes away.
  await myFollows(reader).getByRole("button", { name: "取消关注县市" }).click();
  await expect(myFollows(reader)).toHaveCount(0);
  await reader.context().close();
});

test("a followed topic says how many items it gained since it was last opened", async ({ browser }) => {
  const reader = await readerPage(browser);
  await reader.goto("/topics");
  await reader.locator("main a[href^='/topics/']").first().click();
  await expect(reader).toHaveURL(/\/topics\/[a-z0-9-]+$/);
  const topicUrl = new URL(reader.url()).pathname;
  const topic = await follow(reader);

  await reader.goto("/");
  const chip = followedChip(reader, topic);
  await expect(chip).toBeVisible();
  await expect(followedNews(reader)).toBeVisible();
  await expect(chip).not.toContainText("条新");

  // A chief editor adds the article published above to the topic.
  const chief = await browser.newContext({ storageState: authState("chief") });
  const desk = await chief.newPage();
  await desk.goto("/newsroom/topics");
  await desk.getByRole("link", { name: topic, exact: true }).click();
  await desk.getByLabel("文章标题关键词").fill(title.slice(0, 20));
  await desk.getByRole("button", { name: "搜索" }).click();
  await desk.getByRole("button", { name: `加入专题：${title}` }).click();
  await expect(desk.getByRole("button", { name: `移出：${title}` })).toBeVisible();

  await reader.reload();
  await expect(chip).toContainText("1 条新");

  // Opening the topic is seeing what it holds.
  await reader.goto(topicUrl);
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  await reader.goto("/");
  await expect(followedNews(reader)).toBeVisible();
  await expect(chip).not.toContainText("条新");

  // The demo topic as it was.
  await desk.getByRole("button", { name: `移出：${title}` }).click();
  await expect(desk.getByRole("button", { name: `移出：${title}` })).toHaveCount(0);
  await chief.close();
  await reader.context().close();
});
