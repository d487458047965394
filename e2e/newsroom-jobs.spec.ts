import { expect, test } from "@playwright/test";
import { formatDate } from "../lib/format/date";
import { authState } from "./support";

// An employer's post, from the public form through 待审 to the public list.
test.use({ storageState: authState("editor") });

test("an employer submits a post; an editor approves it; it is on /jobs", async ({ page, browser, request }) => {
  const position = `苗绣技师 ${Date.now().toString(36)}`;
  // The employer is not signed in.
  const employer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const form = await employer.newPage();
  await form.goto("/jobs/post");
  await form.getByLabel("职位名称").fill(position);
  await form.getByLabel("招聘单位").fill("台江县苗绣工坊");
  await form.getByLabel("工作地点").selectOption({ label: "台江县" });
  await form.getByLabel("职位类别").selectOption({ label: "生产·制造" });
  await form.getByLabel("最低月薪（元）").fill("4000");
  await form.getByLabel("最高月薪（元）").fill("6000");
  await form.getByLabel("招聘人数").fill("3");
  await form.getByLabel("截止日期").fill(formatDate(new Date(Date.now() + 20 * 86_400_000)));
  await form.getByLabel("任职要求").fill("会苗绣基本针法。");
  await form.getByLabel("联系人").fill("张女士");
  await form.getByLabel("联系电话").fill("0855-5321234");
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.getByText("招聘信息已提交，编辑审核通过后将在人才网公开。")).toBeVisible();
  await expect(form.getByLabel("职位名称")).toHaveValue("");
  // Not public before review. (Plain requests: the employer's browser has
  // the service worker, which may answer a slow page from its own copy.)
  const filtered = "/jobs/taijiang/shengchan";
  expect(await (await request.get(filtered)).text()).not.toContain(position);

  await page.goto("/newsroom/jobs");
  await expect(page.getByRole("link", { name: /^待审/ })).toHaveAttribute("aria-current", "page");
  const card = page.getByRole("article", { name: `台江县苗绣工坊：${position}` });
  await expect(card).toContainText("4000–6000元/月");
  await card.getByRole("button", { name: `通过：台江县苗绣工坊：${position}` }).click();
  await expect(card).toHaveCount(0);
  await page.goto("/newsroom/jobs?status=published");
  await expect(page.getByRole("article", { name: `台江县苗绣工坊：${position}` })).toBeVisible();

  // The first request after the action already has it, filtered and not.
  const list = await (await request.get(filtered)).text();
  expect(list).toContain(position);
  expect(await (await request.get("/jobs")).text()).toContain(position);
  const href = new RegExp(`href="(/jobs/\\d+)"[^>]*>${position}<`).exec(list)?.[1];
  expect(href).toBeTruthy();
  await form.goto(href!);
  await expect(form.getByRole("heading", { level: 1 })).toHaveText(position);
  await expect(form.getByText("4000–6000元/月")).toBeVisible();
  await expect(form.getByText("0855-5321234")).toBeVisible();
  await employer.close();
});

test("a reporter cannot reach 人才网 in the newsroom", async ({ browser }) => {
  const context = await browser.newContext({ storageState: authState("reporter") });
  const page = await context.newPage();
  await page.goto("/newsroom");
  await expect(page.getByRole("navigation", { name: "编辑部" }).getByRole("link", { name: "人才网" })).toHaveCount(0);
  const response = await page.goto("/newsroom/jobs");
  expect(response?.status()).toBe(404);
  await context.close();
});
