import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
const p = await b.newPage({ viewport: { width: 412, height: 823 }, isMobile: true });
let n = 0, bytes = 0; const urls=[];
p.on("response", async (r) => { if (r.url().includes("_rsc=")) { n++; urls.push(new URL(r.url()).pathname); try { bytes += (await r.body()).length; } catch {} } });
await p.goto("http://127.0.0.1:3299" + process.argv[2]); await p.waitForTimeout(4000);
await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); await p.waitForTimeout(3000);
console.log("rsc requests", n, "bytes", bytes, urls.join(" "));
await b.close();
