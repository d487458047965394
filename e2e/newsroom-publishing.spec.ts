import { expect, type Page, test } from "@playwright/test";
import { authState } from "./support";

// The newsroom from end to end, in a real browser against the production
// build: a reporter writes and submits, an editor publishes, the article is
// on the homepage, its section and its neighbour's 下一篇 without a rebuild,
// and once withdrawn it is gone from its URL and from every list.
test.describe.configure({ mode: "serial" });

const title = `凯里新建城市书房${Date.now().toString(36)}`;
let articleUrl = "";

async function statusText(page: Page) {
  return page.getByRole("region", { name: "审核与发布" }).getByRole("status");
}

test.describe("as a reporter", () => {
  test.use({ storageState: authState("reporter") });

  test("writes a draft and submits it; cannot publish", async ({ page }) => {
    await page.goto("/newsroom/articles/new");
    await page.getByLabel("标题", { exact: true }).fill(title);
    await page.getByLabel("栏目").selectOption({ label: "县市" });
    await page.getByLabel("作者（记者、通讯员）").fill("吴记者 王通讯员");
    await page.getByLabel("关键词").fill("凯里，城市书房");
    const editor = page.locator(".ProseMirror");
    await editor.click();
    await page.keyboard.type("市民在家门口就能读书。");
    await page.getByRole("button", { name: "创建草稿" }).click();
    await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
    await expect(page.getByText("草稿", { exact: true })).toBeVisible();

    const panel = page.getByRole("region", { name: "审核与发布" });
    await expect(panel.getByRole("button", { name: "发布" })).toHaveCount(0);
    await panel.getByRole("button", { name: "提交审核" }).click();
    await expect(await statusText(page)).toHaveText("已提交审核");
    await expect(page.getByText("待审", { exact: true }).first()).toBeVisible();
    // Submitted work belongs to the editors now: no more editing.
    await expect(page.getByText("这篇稿件已交给编辑处理，您不能再修改。")).toBeVisible();
  });
});

test.describe("as an editor", () => {
  test.use({ storageState: authState("editor") });

  test("publishes it, and it is on every public page at once", async ({ page, request }) => {
    // The section's newest article before: it will get the new one as 下一篇.
    await page.goto("/news/xianshi");
    const previousHref = (await page.locator("main li h2 a").first().getAttribute("href"))!;

    await page.goto("/newsroom?status=submitted");
    await page.getByRole("link", { name: title }).click();
    const panel = page.getByRole("region", { name: "审核与发布" });
    await panel.getByRole("button", { name: "发布" }).click();
    // The page reloads with the new status (and without the publish button).
    await expect(page.getByText("已发布", { exact: true }).first()).toBeVisible();
    await expect(panel.getByRole("button", { name: "撤稿" })).toBeVisible();
    await expect(page.getByText("杨编辑").first()).toBeVisible(); // 责任编辑 is the publisher
    articleUrl = (await page.getByRole("link", { name: "查看网页" }).getAttribute("href"))!;

    // The first request after the action returned already has it.
    expect(await (await request.get("/")).text()).toContain(title);
    expect(await (await request.get("/news/xianshi")).text()).toContain(title);
    expect(await (await request.get("/news")).text()).toContain(title);
    const article = await request.get(articleUrl);
    expect(article.status()).toBe(200);
    const html = (await article.text()).replace(/<!-- -->/g, "");
    expect(html).toContain("吴记者 王通讯员");
    expect(html).toContain("责任编辑：杨编辑");
    await page.goto(previousHref);
    await expect(page.getByRole("navigation", { name: "上一篇和下一篇" }).getByRole("link", { name: title })).toBeVisible();
  });

  test("withdraws it, and it is gone from its URL and every list", async ({ page, request }) => {
    await page.goto("/newsroom?status=published");
    await page.getByRole("link", { name: title }).click();
    page.once("dialog", (dialog) => dialog.accept());
    const panel = page.getByRole("region", { name: "审核与发布" });
    await panel.getByRole("button", { name: "撤稿" }).click();
    await expect(page.getByText("已撤稿", { exact: true }).first()).toBeVisible();

    expect((await request.get(articleUrl)).status()).toBe(404);
    for (const list of ["/", "/news", "/news/xianshi"]) {
      expect(await (await request.get(list)).text(), list).not.toContain(title);
    }
  });
});

test.describe("signed out", () => {
  test("the newsroom asks to sign in, and its endpoints refuse", async ({ page, request }) => {
    await page.goto("/newsroom");
    await expect(page).toHaveURL(/\/newsroom\/sign-in/);
    await expect(page.getByRole("heading", { name: "编辑部登录" })).toBeVisible();
    const upload = await request.post("/newsroom/api/images", { multipart: { file: { name: "a.jpg", mimeType: "image/jpeg", buffer: Buffer.from("x") } } });
    expect(upload.status()).toBe(401);
    expect((await upload.json()).error).toBe("请先登录编辑部");
    const cron = await request.post("/api/internal/publish-due");
    expect(cron.status()).toBe(403);
  });
});
