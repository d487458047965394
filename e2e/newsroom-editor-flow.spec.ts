import { type Page, expect, test } from "@playwright/test";
import sharp from "sharp";
import { authState } from "./support";

// Writing, saving and publishing in one clear flow, as an editor meets it:
// the action bar is never covered, Enter does not send the form, Ctrl/⌘+S
// saves, a new article can be published at once (and says where it is),
// nothing typed is lost to a reload, and the lead picture has its alt text.
test.use({ storageState: authState("editor"), viewport: { width: 1280, height: 800 } });

const unique = () => Date.now().toString(36);

function actionBar(page: Page) {
  return page.getByRole("group", { name: "稿件操作" });
}

/** The element drawn at the middle of the locator is the locator itself (or inside it): nothing covers it. */
async function expectOnTopWithoutScrolling(page: Page, name: string) {
  const button = actionBar(page).getByRole("button", { name });
  const box = (await button.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y, `${name} 在窗口内`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${name} 在窗口内`).toBeLessThanOrEqual(viewport.height);
  const hit = await button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return !!top && el.contains(top);
  });
  expect(hit, `${name} 没有被遮住`).toBe(true);
}

async function writeDraft(page: Page, title: string, body: string) {
  await page.goto("/newsroom/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("栏目").selectOption({ label: "县市" });
  await page.locator(".ProseMirror").click();
  await page.keyboard.type(body);
}

test("the save button is reachable at 1280×800 without scrolling, also with a long body", async ({ page }) => {
  await writeDraft(page, `长稿${unique()}`, "第一段。");
  await expectOnTopWithoutScrolling(page, "创建草稿");
  for (let i = 0; i < 30; i++) await page.keyboard.press("Enter");
  await page.keyboard.type("最后一段。");
  // The caret's paragraph is scrolled into view: the toolbar sticks to the top, the actions to the bottom.
  await expectOnTopWithoutScrolling(page, "创建草稿");
  await expectOnTopWithoutScrolling(page, "发布");
});

test("Enter in a field does not send the form; Ctrl/⌘+S saves", async ({ page }) => {
  const title = `回车不提交${unique()}`;
  await page.goto("/newsroom/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("标题", { exact: true }).press("Enter");
  await page.getByLabel("来源").press("Enter");
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(/\/newsroom\/articles\/new$/);
  await expect(actionBar(page).getByRole("status")).toHaveText("");

  await page.locator(".ProseMirror").click();
  await page.keyboard.type("用快捷键保存。");
  await page.keyboard.press("ControlOrMeta+s");
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  await expect(page.getByLabel("标题", { exact: true })).toHaveValue(title);
  await expect(page.getByText("草稿", { exact: true })).toBeVisible();
  await page.getByLabel("副题（引题或副标题，可不填）").fill("副题改过");
  await page.keyboard.press("ControlOrMeta+s");
  await expect(actionBar(page).getByRole("status")).toHaveText(/已保存（第2版）/);
});

test("an editor publishes a new article from the new-article form and is told where it is", async ({ page, request }) => {
  const title = `直接发布${unique()}`;
  await writeDraft(page, title, "新稿直接发布。");
  // One primary action: 发布; 创建草稿 and 发布 do not look alike.
  const publish = actionBar(page).getByRole("button", { name: "发布" });
  const draft = actionBar(page).getByRole("button", { name: "创建草稿" });
  const colour = (el: typeof publish) => el.evaluate((b) => getComputedStyle(b).backgroundColor);
  const publishColour = await colour(publish);
  expect(publishColour).not.toBe(await colour(draft));
  await publish.click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+\?published=1$/);
  const status = page.getByRole("status").filter({ hasText: "已发布" }).first();
  await expect(status).toBeVisible();
  const view = status.getByRole("link", { name: "查看" });
  const href = (await view.getAttribute("href"))!;
  expect(href).toMatch(/^\/article\/\d+$/);
  const live = await request.get(href);
  expect(live.status()).toBe(200);
  expect(await live.text()).toContain(title);

  // 撤稿 is destructive: it looks unlike 发布, and asks first.
  const withdraw = page.getByRole("region", { name: "审核与发布" }).getByRole("button", { name: "撤稿" });
  expect(await colour(withdraw)).not.toBe(publishColour);
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await withdraw.click();
  expect(asked).toContain("撤稿");
  expect((await request.get(href)).status()).toBe(200);
});

test("what was typed survives a reload: the local copy is offered back", async ({ page }) => {
  const title = `自动保存${unique()}`;
  await writeDraft(page, title, "断网前写的一段话。");
  await page.waitForTimeout(1_500);
  await page.reload();
  await expect(page.getByText(/本机保存了 .* 未保存的修改/)).toBeVisible();
  await page.getByRole("button", { name: "恢复", exact: true }).click();
  await expect(page.getByLabel("标题", { exact: true })).toHaveValue(title);
  await expect(page.locator(".ProseMirror")).toContainText("断网前写的一段话。");
  await actionBar(page).getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  // Saved: nothing is offered any more.
  await page.goto("/newsroom/articles/new");
  await page.waitForTimeout(800);
  await expect(page.getByText(/本机保存了/)).toHaveCount(0);
});

test("a restored copy never overwrites someone else's newer save", async ({ page, browser }) => {
  const title = `两人同改${unique()}`;
  await writeDraft(page, title, "第一版。");
  await actionBar(page).getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  const url = page.url();
  // The editor is drawn once the page is hydrated: before that, typing keeps no local copy and Ctrl+S saves nothing.
  await page.locator(".ProseMirror").waitFor();
  await page.getByLabel("副题（引题或副标题，可不填）").fill("我在本机写的副题");
  await page.waitForTimeout(1_500);

  // A colleague saves a newer version meanwhile.
  const chief = await browser.newPage({ storageState: authState("chief") });
  await chief.goto(url);
  await chief.locator(".ProseMirror").waitFor();
  await chief.getByLabel("副题（引题或副标题，可不填）").fill("总编的副题");
  await chief.keyboard.press("ControlOrMeta+s");
  await expect(chief.getByRole("group", { name: "稿件操作" }).getByRole("status")).toHaveText(/已保存（第2版）/);
  await chief.close();

  await page.reload();
  await page.getByRole("button", { name: "恢复", exact: true }).click();
  await expect(page.getByLabel("副题（引题或副标题，可不填）")).toHaveValue("我在本机写的副题");
  await actionBar(page).getByRole("button", { name: "保存", exact: true }).click();
  await expect(actionBar(page).getByRole("status")).toContainText("被他人保存为第2版");
  await page.reload();
  await page.getByRole("button", { name: "丢弃" }).click();
  await expect(page.getByLabel("副题（引题或副标题，可不填）")).toHaveValue("总编的副题");
});

test("the lead picture's alt text and 图注 are written in the editor and shown on the page", async ({ page, request }) => {
  const title = `封面说明${unique()}`;
  await writeDraft(page, title, "有封面的稿件。");
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#486" } }).jpeg().toBuffer();
  await page.locator('input[type="file"][aria-labelledby="coverImageId-label"]').setInputFiles({ name: "cover.jpg", mimeType: "image/jpeg", buffer: jpeg });
  await page.getByLabel("替代文字（图片内容，供读屏软件朗读）").fill("清水江畔的县城");
  await page.getByLabel("图注", { exact: true }).fill("清水江穿城而过");
  await actionBar(page).getByRole("button", { name: "发布" }).click();
  const href = (await page.getByRole("link", { name: "查看", exact: true }).first().getAttribute("href"))!;
  const html = await (await request.get(href)).text();
  const figure = html.match(/<figure class="mt-5">[\s\S]*?<\/figure>/)![0];
  expect(figure).toContain('alt="清水江畔的县城"');
  expect(figure).toContain("清水江穿城而过");
});

test("demo articles' lead pictures have alt text", async ({ request }) => {
  const home = await (await request.get("/news/xianshi")).text();
  const ids = [...home.matchAll(/href="\/article\/(\d+)"/g)].slice(0, 5).map((m) => m[1]);
  let withCover = 0;
  for (const id of ids) {
    const html = await (await request.get(`/article/${id}`)).text();
    const lead = html.match(/<figure class="mt-5">[\s\S]*?<img[^>]*alt="([^"]*)"/);
    if (!lead) continue;
    withCover++;
    expect(lead[1], `/article/${id}`).not.toBe("");
  }
  expect(withCover).toBeGreaterThan(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  test("the header is compact and the actions stay reachable", async ({ page }) => {
    await page.goto("/newsroom/articles/new");
    const header = (await page.locator("header").first().boundingBox())!;
    expect(header.height, "编辑部页头高度").toBeLessThanOrEqual(110);
    await expectOnTopWithoutScrolling(page, "创建草稿");
    await expectOnTopWithoutScrolling(page, "发布");
    await page.getByLabel("摘要").scrollIntoViewIfNeeded();
    await expectOnTopWithoutScrolling(page, "发布");
  });
});
