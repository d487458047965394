// `npm run push:keys`: prints a new VAPID key pair as environment lines, for
// deployments that set the keys themselves (every instance the same pair).
// Changing the pair later silently orphans every existing subscription.
import { freshVapidEnv } from "./lib/vapid-keys.mjs";

const lines = Object.entries(freshVapidEnv()).map(([name, value]) => `${name}=${value}`);
console.log([...lines, "VAPID_SUBJECT=mailto:newsroom@example.com"].join("\n"));
console.error("# 把以上三行写入每个实例的环境变量；VAPID_SUBJECT 改成真实的联系邮箱（mailto:）或网址（https:）。");
