import { type Page, expect, test } from "@playwright/test";

// 朗读 with a stand-in for the browser's speech synthesis that records what
// it is asked to say; the test decides when each sentence has been spoken.
type FakeVoice = { lang: string; name: string };

async function stubSpeech(page: Page, voices: FakeVoice[]) {
  await page.addInitScript((voiceList) => {
    type Utterance = { text: string; onend?: (e: unknown) => void; onerror?: (e: { error: string }) => void };
    const state = { spoken: [] as string[], cancels: 0, current: null as Utterance | null };
    const synth = {
      getVoices: () => voiceList,
      addEventListener() {},
      removeEventListener() {},
      speak(u: Utterance) {
        state.spoken.push(u.text);
        state.current = u;
      },
      cancel() {
        const u = state.current;
        state.current = null;
        state.cancels++;
        u?.onerror?.({ error: "interrupted" });
      },
      pause() {},
      resume() {},
    };
    Object.assign(window, {
      __speech: state,
      // The engine reached the end of the current sentence.
      __sentenceDone: () => {
        const u = state.current;
        state.current = null;
        u?.onend?.({});
      },
      SpeechSynthesisUtterance: class {
        lang = "";
        voice = null;
        constructor(public text: string) {}
      },
    });
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { spoken: string[] } }).__speech.spoken);
const sentenceDone = (page: Page) => page.evaluate(() => (window as unknown as { __sentenceDone: () => void }).__sentenceDone());
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const range = [...(CSS.highlights.get("read-aloud") ?? [])][0] as Range | undefined;
    if (!range) return null;
    const rect = range.getBoundingClientRect();
    return { text: range.toString(), inView: rect.top >= 0 && rect.bottom <= window.innerHeight };
  });

async function openArticle(page: Page) {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/news");
  const href = await page.locator("main a[href^='/article/']").first().getAttribute("href");
  await page.goto(href!);
}

test("朗读 reads the title and every paragraph in order, highlighting the sentence and keeping it in view", async ({ page }) => {
  await stubSpeech(page, [{ lang: "en-US", name: "English" }, { lang: "zh-CN", name: "普通话" }]);
  await openArticle(page);
  const expected = await page.evaluate(() =>
    (document.querySelector("article h1")!.textContent! + document.querySelector(".article-body")!.textContent!).replace(/\s+/g, ""),
  );

  await page.getByRole("button", { name: "朗读全文" }).click();
  await expect(page.getByRole("button", { name: "暂停朗读" })).toBeVisible();
  const title = await page.locator("article h1").textContent();
  expect(await spoken(page)).toEqual([title!.trim()]);
  expect(await highlighted(page)).toEqual({ text: title!.trim(), inView: true });

  for (let i = 0; i < 400 && (await page.getByRole("button", { name: "朗读全文" }).count()) === 0; i++) {
    await sentenceDone(page);
    const said = await spoken(page);
    const mark = await highlighted(page);
    if (mark) expect(mark).toEqual({ text: said[said.length - 1], inView: true });
  }
  const all = await spoken(page);
  expect(all.length).toBeGreaterThan(5);
  expect(all.join("").replace(/\s+/g, "")).toBe(expected);
  expect(await highlighted(page)).toBeNull();
});

test("暂停 stops mid-article and 继续 reads the interrupted sentence again, then goes on", async ({ page }) => {
  await stubSpeech(page, [{ lang: "zh-CN", name: "普通话" }]);
  await openArticle(page);
  await page.getByRole("button", { name: "朗读全文" }).click();
  await sentenceDone(page);
  await sentenceDone(page);
  await expect(page.getByText("第 3/")).toBeVisible();
  const before = await spoken(page);

  await page.getByRole("button", { name: "暂停朗读" }).click();
  await sentenceDone(page); // a cancelled sentence must not move the reading on
  expect(await spoken(page)).toEqual(before);

  await page.getByRole("button", { name: "继续朗读" }).click();
  const after = await spoken(page);
  expect(after).toEqual([...before, before[before.length - 1]]);
  await sentenceDone(page);
  expect((await spoken(page)).length).toBe(after.length + 1);

  await page.getByRole("button", { name: "停止" }).click();
  await expect(page.getByRole("button", { name: "朗读全文" })).toBeVisible();
  expect(await highlighted(page)).toBeNull();
});

test("a device without a Chinese voice gets a clear message instead of silence", async ({ page }) => {
  await stubSpeech(page, [{ lang: "en-US", name: "English" }]);
  await openArticle(page);
  await page.getByRole("button", { name: "朗读全文" }).click();
  await expect(page.locator("[data-read-aloud]").getByRole("status")).toContainText("没有中文（普通话）语音");
  expect(await spoken(page)).toEqual([]);
});
