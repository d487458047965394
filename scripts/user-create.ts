// Creates a newsroom account:
//   npm run user:create -- --role admin --username zhangsan --name 张三 --password '…'
//   npm run user:create -- --role editor --username lisi --name 李四 --password '…' --sections xianshi,zonghe
// Without --password the password is read from the NEWSROOM_PASSWORD variable
// (so it stays out of the shell history).
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/newsroom/users/create-user";
import { migrateDatabase } from "./lib/database";

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    username: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
    sections: { type: "string", default: "" },
  },
});

async function main() {
  await migrateDatabase();
  const user = await createUser({
    role: (values.role ?? "") as never,
    username: values.username ?? "",
    displayName: values.name ?? values.username ?? "",
    password: values.password ?? process.env.NEWSROOM_PASSWORD ?? "",
    sections: values.sections.split(",").map((s) => s.trim()).filter(Boolean),
  });
  console.log(`已创建账号 ${user.username}（${user.role}），id=${user.id}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (e) => {
    console.error(e instanceof ZodError ? e.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n") : e instanceof Error ? e.message : e);
    await db.$disconnect();
    process.exit(1);
  });
