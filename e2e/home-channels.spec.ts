import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "./support";

// Every channel of the bar has a block on the homepage that leads into it.
const CHANNEL_BLOCKS = [
  { heading: "黔图汇", item: /^\/photos\/\d+$/ },
  { heading: "视听中心", item: /^\/video\/\d+$/ },
  { heading: "专题", item: /^\/topics\/[a-z0-9-]+$/ },
  { heading: "人才网", item: /^\/jobs\/\d+$/ },
];

test("the homepage has a block per channel whose items open their pages", async ({ page }) => {
  await page.goto("/");
  await expectNoHorizontalScroll(page);
  for (const { heading, item } of CHANNEL_BLOCKS) {
    const block = page.getByRole("region", { name: heading });
    await expect(block).toBeVisible();
    const hrefs = await block.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const first = hrefs.find((href) => item.test(href));
    expect(first, `${heading} 区块应有条目链接`).toBeTruthy();
    const response = await page.goto(first!);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/");
  }
});
