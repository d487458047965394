// Sets a new password for a newsroom account and signs it out everywhere:
//   NEWSROOM_PASSWORD='…' npm run user:password -- --username zhangsan
// Without NEWSROOM_PASSWORD the password is asked for (not echoed) when a
// terminal is attached. Exits non-zero with a message for an unknown account
// or a password that breaks the rules.
import { parseArgs } from "node:util";
import { setPasswordFromShell } from "@/lib/newsroom/users/own-account";
import { migrateDatabase } from "./lib/database";
import { runScript } from "./lib/run-script";

const { values } = parseArgs({ options: { username: { type: "string" } } });

async function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("请用 NEWSROOM_PASSWORD 变量给出新密码（没有可输入的终端）");
  process.stdout.write(question);
  process.stdin.setRawMode(true);
  process.stdin.resume();
  process.stdin.setEncoding("utf8");
  let typed = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdin.off("data", onData);
          process.stdout.write("\n");
          return resolve(typed);
        }
        if (ch === "\u0003") return reject(new Error("已取消"));
        typed = ch === "\u007f" ? typed.slice(0, -1) : typed + ch;
      }
    };
    process.stdin.on("data", onData);
  });
}

runScript(async () => {
  if (!values.username) throw new Error("用法：npm run user:password -- --username 用户名（新密码放在 NEWSROOM_PASSWORD 变量里）");
  await migrateDatabase();
  const password = process.env.NEWSROOM_PASSWORD || (await askHidden("新密码（至少10位，含字母和数字）："));
  const user = await setPasswordFromShell(values.username, password);
  console.log(`已为 ${user.username} 设置新密码，该账号在所有设备上的登录均已失效`);
});
