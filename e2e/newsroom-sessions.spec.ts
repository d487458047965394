import { spawnSync } from "node:child_process";
import path from "node:path";
import { type Browser, expect, test } from "@playwright/test";

// Sessions that end, in the browser: 「退出所有设备」 on one device signs the
// account out on every device, and a password set from the server's shell
// does the same; each time the sign-in page says why.
test.describe.configure({ mode: "serial" });

const root = path.join(__dirname, "..");
const env = { ...process.env, DATABASE_URL: "file:./.e2e/portal.db", MEDIA_DIR: "./.e2e/media" };
const username = `sessions-${Date.now().toString(36)}`;
const password = "Qiandongnan2026x";

function script(name: string, args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(root, "scripts", "run-ts.mjs"), `scripts/${name}.ts`, ...args], { cwd: root, env: { ...env, ...extra }, encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
}

async function signIn(browser: Browser, secret = password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/newsroom/sign-in");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(secret);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
  return page;
}

test.beforeAll(() => script("user-create", ["--role", "reporter", "--username", username, "--name", "会话测试"], { NEWSROOM_PASSWORD: password }));

test("退出所有设备 signs the account out on every device, and the sign-in page says why", async ({ browser }) => {
  const phone = await signIn(browser);
  const desk = await signIn(browser);
  await desk.getByRole("link", { name: /会话测试/ }).click();
  await expect(desk.getByRole("heading", { name: "我的账号" })).toBeVisible();
  desk.once("dialog", (d) => d.accept());
  await desk.getByRole("button", { name: "退出所有设备" }).click();
  await expect(desk).toHaveURL(/\/newsroom\/sign-in/);
  await expect(desk.getByText("您已退出所有设备，请重新登录。")).toBeVisible();

  // The other device's cookie is refused at its next request.
  await phone.goto("/newsroom");
  await expect(phone).toHaveURL(/\/newsroom\/sign-in/);
  await expect(phone.getByText("您已退出所有设备，请重新登录。")).toBeVisible();
  const upload = await phone.request.post("/newsroom/api/images", { multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("x") } } });
  expect(upload.status()).toBe(401);
});

test("a password set with npm run user:password ends the old sessions", async ({ browser }) => {
  const page = await signIn(browser);
  script("user-password", ["--username", username], { NEWSROOM_PASSWORD: "Xinmima2026abc" });
  await page.goto("/newsroom");
  await expect(page).toHaveURL(/\/newsroom\/sign-in/);
  await expect(page.getByText("您的密码已更改，请用新密码重新登录。")).toBeVisible();
  await signIn(browser, "Xinmima2026abc");
});

test("the sign-in cookie is HttpOnly and SameSite=Lax", async ({ browser }) => {
  const page = await signIn(browser, "Xinmima2026abc");
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
});

test("修改密码 on 我的账号 keeps this device signed in and signs every other device out", async ({ browser }) => {
  const phone = await signIn(browser, "Xinmima2026abc");
  const desk = await signIn(browser, "Xinmima2026abc");
  await desk.goto("/newsroom/account");
  const form = desk.getByRole("form", { name: "修改密码" });
  await form.getByLabel("当前密码").fill("Cuowumima2026x");
  await form.getByLabel("新密码", { exact: true }).fill("Gaiguomima2026z");
  await form.getByLabel("再次输入新密码").fill("Gaiguomima2026z");
  await form.getByRole("button", { name: "修改密码" }).click();
  await expect(form.getByText("当前密码不正确").first()).toBeVisible();

  await form.getByLabel("当前密码").fill("Xinmima2026abc");
  await form.getByRole("button", { name: "修改密码" }).click();
  await expect(form.getByRole("status")).toHaveText("密码已修改，其他设备上的登录已退出");

  // This device keeps working, pages and server actions alike.
  await desk.goto("/newsroom");
  await expect(desk).toHaveURL(/\/newsroom$/);
  await desk.goto("/newsroom/account");
  await form.getByLabel("当前密码").fill("Xinmima2026abc");
  await form.getByLabel("新密码", { exact: true }).fill("Lingyige2026mm");
  await form.getByLabel("再次输入新密码").fill("Lingyige2026mm");
  await form.getByRole("button", { name: "修改密码" }).click();
  // The action still knows who is asking: refused for the old password, not for a missing session.
  await expect(form.getByText("当前密码不正确").first()).toBeVisible();
  // The other device is out, and told why.
  await phone.goto("/newsroom");
  await expect(phone).toHaveURL(/\/newsroom\/sign-in/);
  await expect(phone.getByText("您的密码已更改，请用新密码重新登录。")).toBeVisible();
  await signIn(browser, "Gaiguomima2026z");
});
