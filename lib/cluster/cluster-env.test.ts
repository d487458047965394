import { describe, expect, it } from "vitest";
import { clusterEnvMessage, clusterEnvProblems } from "./cluster-env.mjs";

// `npm start` refuses an instance of a cluster (REDIS_URL set) that would make
// up its own secrets: these are the rules it applies.

const complete = {
  REDIS_URL: "redis://127.0.0.1:6379",
  DATABASE_URL: "postgresql://postgres@10.0.0.5:5432/portal",
  NEXTAUTH_SECRET: "s3cret-s3cret-s3cret",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  VAPID_PUBLIC_KEY: "BPublic",
  VAPID_PRIVATE_KEY: "private",
  MEDIA_DIR: "/srv/portal-media",
  SITE_URL: "https://www.example.cn",
};

describe("the settings every instance of a cluster must share", () => {
  it("lets a single process (no REDIS_URL) start with none of them, as before", () => {
    expect(clusterEnvProblems({})).toEqual([]);
    expect(clusterEnvProblems({ DATABASE_URL: "file:./data/portal.db" })).toEqual([]);
  });

  it("lets an instance start when all are given", () => {
    expect(clusterEnvProblems(complete)).toEqual([]);
  });

  it.each(["NEXTAUTH_SECRET", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "VAPID_PUBLIC_KEY", "VAPID_PRIVATE_KEY", "MEDIA_DIR", "SITE_URL"])(
    "refuses an instance without %s, naming it",
    (name) => {
      const problems = clusterEnvProblems({ ...complete, [name]: " " });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${name} 未设置`));
    },
  );

  it("refuses a server-actions key that is not an AES key, and a SQLite database", () => {
    expect(clusterEnvProblems({ ...complete, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "not a key" })[0]).toMatch(/格式不对/);
    expect(clusterEnvProblems({ ...complete, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString("base64") })[0]).toMatch(/格式不对/);
    expect(clusterEnvProblems({ ...complete, DATABASE_URL: "file:./data/portal.db" })[0]).toMatch(/PostgreSQL/);
  });

  it("says in Chinese what is missing and where to look", () => {
    const message = clusterEnvMessage(clusterEnvProblems({ REDIS_URL: complete.REDIS_URL, DATABASE_URL: complete.DATABASE_URL }));
    expect(message).toContain("无法启动");
    expect(message).toContain("NEXTAUTH_SECRET 未设置");
    expect(message).toContain("deploy/portal.env.example");
    expect(message.split("\n").filter((l) => l.startsWith("  - "))).toHaveLength(6);
  });
});

describe("npm start as an instance of a cluster", () => {
  it("stops before touching the database when shared secrets are missing", async () => {
    const { spawnSync } = await import("node:child_process");
    const run = spawnSync(process.execPath, ["scripts/start.mjs"], {
      cwd: process.cwd(),
      encoding: "utf8",
      env: { PATH: process.env.PATH, NODE_ENV: "production", REDIS_URL: complete.REDIS_URL, DATABASE_URL: complete.DATABASE_URL, NEXTAUTH_SECRET: "x" },
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY 未设置");
    expect(run.stderr).not.toContain("NEXTAUTH_SECRET 未设置");
  });
});
