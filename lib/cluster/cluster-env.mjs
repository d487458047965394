// What every instance of a cluster must be given, the same on each, before it
// may start. One process makes up what is missing (a session secret, a push
// key pair, files under ./data) and keeps it to itself; several instances
// doing that would each sign sessions, encrypt server-action ids and push
// messages with keys of their own, and write uploads where the others cannot
// read them: an editor signed in on one would be a stranger on the next.
// A cluster is whatever runs with REDIS_URL set (the shared cache).

/** Each shared setting, and why in the message an operator reads. */
export const SHARED_SETTINGS = [
  ["NEXTAUTH_SECRET", "编辑部登录会话的签名密钥"],
  ["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "服务器操作（Server Actions）的加密密钥，base64 编码的 32 字节，如 openssl rand -base64 32"],
  ["VAPID_PUBLIC_KEY", "Web Push 公钥（npm run push:keys 生成）"],
  ["VAPID_PRIVATE_KEY", "Web Push 私钥（npm run push:keys 生成）"],
  ["MEDIA_DIR", "图片与音视频目录，各实例须读写同一位置（共享存储）"],
  ["SITE_URL", "网站的公开地址（边缘缓存的地址），各实例生成的链接须一致"],
];

/** Problems with a cluster instance's environment, as Chinese lines; empty when it may start (or is no cluster). */
export function clusterEnvProblems(env) {
  if (!env.REDIS_URL) return [];
  const problems = SHARED_SETTINGS.filter(([name]) => !String(env[name] ?? "").trim()).map(([name, what]) => `${name} 未设置：${what}`);
  const key = String(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "").trim();
  if (key && !isAesKey(key)) problems.push("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY 格式不对：须为 base64 编码的 16、24 或 32 字节（openssl rand -base64 32）");
  if (!/^postgres(ql)?:\/\//.test(String(env.DATABASE_URL ?? ""))) {
    problems.push("DATABASE_URL 须为 PostgreSQL 地址（postgresql://…）：SQLite 文件不能由多个实例共享");
  }
  return problems;
}

/** The message `npm start` stops with. */
export function clusterEnvMessage(problems) {
  return [
    "无法启动：已设置 REDIS_URL（多实例集群），但以下各实例必须共用的设置缺失或有误：",
    ...problems.map((p) => `  - ${p}`),
    "请在每个实例上设置相同的值（示例见 deploy/portal.env.example），单实例运行时不要设置 REDIS_URL。",
  ].join("\n");
}

function isAesKey(value) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  return [16, 24, 32].includes(Buffer.from(value, "base64").length);
}
