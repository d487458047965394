import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor, Role } from "@/lib/auth/roles";
import { findPublishedJob } from "@/lib/data/jobs/get-job";
import { findJobPage, findNewestJobs } from "@/lib/data/jobs/list-jobs";
import { db } from "@/lib/db/client";
import { formatDate } from "@/lib/format/date";
import { closingTimeOf, isJobExpired } from "@/lib/jobs/expiry";
import { jobListHref, parseJobFilter } from "@/lib/jobs/job-urls";
import { formatSalary } from "@/lib/jobs/salary";
import { jobFieldsSchema } from "@/lib/validation/job";
import { CommandError } from "../errors";
import { contributionKey } from "../submissions/contribution-limit";
import { submitContribution } from "../submissions/submit-contribution";
import { approveJob, rejectJob, saveJob, withdrawJob } from "./manage-jobs";
import { submitJobPost, type JobPostResult } from "./submit-job-post";

// Against the real migrated test database. List tests use a clock far in the
// future (2100) and posts that close after it, so rows other tests leave
// behind (which all closed long before) never show up in them.

const DAY_MS = 86_400_000;
const FUTURE = new Date("2100-01-01T00:00:00Z");
const actors: Record<string, Actor | null> = {};
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

async function makeUser(username: string, role: Role): Promise<Actor> {
  const user = await db.user.create({ data: { username, displayName: username, role } });
  return { id: user.id, username, displayName: username, role, sectionIds: [] };
}

beforeAll(async () => {
  const tag = Date.now().toString(36);
  actors["signed out"] = null;
  actors.reporter = await makeUser(`job-rep-${tag}`, "reporter");
  actors.editor = await makeUser(`job-ed-${tag}`, "editor");
  actors.chief = await makeUser(`job-chief-${tag}`, "chief");
  actors.admin = await makeUser(`job-admin-${tag}`, "admin");
});

afterEach(() => {
  vi.unstubAllEnvs();
});

/** The closing day `days` from now, as the form's date input sends it. */
const inDays = (days: number, from = new Date()) => formatDate(new Date(from.getTime() + days * DAY_MS));

function form(overrides: Record<string, string> = {}) {
  return {
    position: "景区讲解员",
    employer: "雷山县苗岭文化旅游发展有限公司",
    county: "leishan",
    category: "lvyou",
    salaryMin: "3500",
    salaryMax: "5000",
    headcount: "2",
    requirements: "普通话二级甲等。",
    description: "为游客讲解苗寨文化。",
    contactName: "杨女士",
    contactPhone: "0855-3331234",
    contactEmail: "",
    expiresOn: inDays(30),
    website: "",
    ...overrides,
  };
}

function expectOk(result: JobPostResult): number {
  if (!result.ok) throw new Error(`refused: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  expect(result.id).not.toBeNull();
  return result.id!;
}

let seq = 0;
/** A post straight into the table, closing `closesInDays` after 2100-01-01. */
async function post(data: { county?: string; category?: string; status?: string; closesInDays?: number; publishedAt?: Date } = {}) {
  seq++;
  const row = await db.jobPost.create({
    data: {
      position: `测试职位${seq}`,
      employer: "测试单位",
      county: data.county ?? "kaili",
      category: data.category ?? "xiaoshou",
      contactName: "王先生",
      contactPhone: "0855-8000000",
      expiresAt: new Date(FUTURE.getTime() + (data.closesInDays ?? 30) * DAY_MS),
      status: data.status ?? "published",
      publishedAt: data.publishedAt ?? new Date(FUTURE.getTime() - seq * 60_000),
    },
  });
  return row.id;
}

describe("salary, closing days and URLs", () => {
  it("writes pay as Chinese job boards do", () => {
    expect(formatSalary(4000, 6000)).toBe("4000–6000元/月");
    expect(formatSalary(null, null)).toBe("面议");
    expect(formatSalary(5000, 5000)).toBe("5000元/月");
    expect(formatSalary(3000, null)).toBe("3000元/月起");
    expect(formatSalary(null, 8000)).toBe("最高8000元/月");
  });

  it("closes a post at the end of its day in China, and knows impossible days", () => {
    expect(closingTimeOf("2026-12-31")?.toISOString()).toBe("2026-12-31T15:59:59.000Z");
    expect(closingTimeOf("2026-02-31")).toBeNull();
    expect(closingTimeOf("31/12/2026")).toBeNull();
    const job = { expiresAt: "2026-12-31T15:59:59.000Z" };
    expect(isJobExpired(job, Date.parse("2026-12-31T15:59:58Z"))).toBe(false);
    expect(isJobExpired(job, Date.parse("2026-12-31T15:59:59Z"))).toBe(true);
  });

  it("puts filters in the path, with /jobs for everything", () => {
    expect(jobListHref({ county: "all", category: "all" })).toBe("/jobs");
    expect(jobListHref({ county: "all", category: "all" }, 3)).toBe("/jobs/page/3");
    expect(jobListHref({ county: "kaili", category: "all" })).toBe("/jobs/kaili/all");
    expect(jobListHref({ county: "kaili", category: "jiaoyu" }, 2)).toBe("/jobs/kaili/jiaoyu/page/2");
    expect(parseJobFilter("kaili", "jiaoyu")).toEqual({ county: "kaili", category: "jiaoyu" });
    expect(parseJobFilter("beijing", "all")).toBeNull();
    expect(parseJobFilter("all", "KAILI")).toBeNull();
  });
});

describe("the public lists", () => {
  it("leave out posts that have expired by the clock they are given", async () => {
    const soon = await post({ county: "tianzhu", closesInDays: 1 });
    const later = await post({ county: "tianzhu", closesInDays: 20 });
    const ids = async (now: Date) => (await findJobPage({ county: "tianzhu", category: "all", page: 1, now }))!.items.map((j) => j.id);
    expect(await ids(FUTURE)).toEqual(expect.arrayContaining([later, soon]));
    expect(await ids(new Date(FUTURE.getTime() + 2 * DAY_MS))).toEqual([later]);
    expect(await ids(new Date(FUTURE.getTime() + 21 * DAY_MS))).toEqual([]);
    // The post itself stays reachable: its page says 该职位已过期.
    expect((await findPublishedJob(soon))?.id).toBe(soon);
    expect((await findNewestJobs(100, new Date(FUTURE.getTime() + 2 * DAY_MS))).map((j) => j.id)).not.toContain(soon);
  });

  it("filter by county and by category, and show only published posts", async () => {
    const kailiSales = await post({ county: "kaili", category: "xiaoshou" });
    const kailiTeach = await post({ county: "kaili", category: "jiaoyu" });
    const leishanTeach = await post({ county: "leishan", category: "jiaoyu" });
    const pending = await post({ county: "kaili", category: "jiaoyu", status: "pending" });
    const withdrawn = await post({ county: "kaili", category: "jiaoyu", status: "withdrawn" });
    const ids = async (county: string, category: string) => (await findJobPage({ county, category, page: 1, now: FUTURE }))!.items.map((j) => j.id);
    expect(await ids("kaili", "jiaoyu")).toEqual([kailiTeach]);
    expect(await ids("all", "jiaoyu")).toEqual(expect.arrayContaining([kailiTeach, leishanTeach]));
    expect(await ids("all", "jiaoyu")).not.toContain(kailiSales);
    expect(await ids("kaili", "all")).toEqual(expect.arrayContaining([kailiSales, kailiTeach]));
    expect(await ids("kaili", "all")).not.toContain(leishanTeach);
    for (const hidden of [pending, withdrawn]) {
      expect(await ids("all", "all")).not.toContain(hidden);
      expect(await findPublishedJob(hidden)).toBeNull();
    }
    const view = (await findJobPage({ county: "leishan", category: "jiaoyu", page: 1, now: FUTURE }))!.items[0];
    expect(view).toMatchObject({ county: { slug: "leishan", name: "雷山县" }, category: { slug: "jiaoyu", name: "教育·培训" } });
  });

  it("page newest first, and answer null past the last page", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await post({ county: "jianhe", category: "jiazheng", publishedAt: new Date(FUTURE.getTime() - (10 - i) * 3_600_000) }));
    const newestFirst = [...ids].reverse();
    const page1 = await findJobPage({ county: "jianhe", category: "jiazheng", page: 1, perPage: 2, now: FUTURE });
    const page3 = await findJobPage({ county: "jianhe", category: "jiazheng", page: 3, perPage: 2, now: FUTURE });
    expect(page1).toMatchObject({ page: 1, pageCount: 3, total: 5 });
    expect(page1!.items.map((j) => j.id)).toEqual(newestFirst.slice(0, 2));
    expect(page3!.items.map((j) => j.id)).toEqual(newestFirst.slice(4));
    expect(await findJobPage({ county: "jianhe", category: "jiazheng", page: 4, perPage: 2, now: FUTURE })).toBeNull();
    expect(await findJobPage({ county: "jianhe", category: "jiazheng", page: 0, now: FUTURE })).toBeNull();
    // An empty filter is an empty first page, not a 404.
    expect(await findJobPage({ county: "sansui", category: "jianzhu", page: 1, now: new Date("2200-01-01") })).toMatchObject({ items: [], pageCount: 1 });
  });
});

describe("submitJobPost (the employers' form)", () => {
  it("stores a post as pending, whatever forged fields come with it", async () => {
    const ip = freshIp();
    const id = expectOk(
      await submitJobPost({ ...form(), status: "published", publishedAt: "2026-01-01", reviewedById: "1", id: "1", submitterIp: "1.2.3.4" }, { ip }),
    );
    const row = await db.jobPost.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "pending", publishedAt: null, reviewedById: null, submitterIp: ip, county: "leishan", salaryMin: 3500, salaryMax: 5000, headcount: 2 });
    expect(formatDate(row.expiresAt)).toBe(form().expiresOn);
    expect(await findPublishedJob(id)).toBeNull();
  });

  it("answers robots that fill the honeypot with a pretend success, storing nothing", async () => {
    const before = await db.jobPost.count();
    expect(await submitJobPost(form({ website: "http://spam.example" }), { ip: freshIp() })).toEqual({ ok: true, id: null });
    expect(await db.jobPost.count()).toBe(before);
  });

  it("stores empty pay as 面议", async () => {
    const id = expectOk(await submitJobPost(form({ salaryMin: "", salaryMax: "" }), { ip: freshIp() }));
    expect(await db.jobPost.findUniqueOrThrow({ where: { id } })).toMatchObject({ salaryMin: null, salaryMax: null });
  });

  it("says what is wrong, field by field", async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ salaryMin: "6000", salaryMax: "4000" }, "salaryMax", "最高月薪不能低于最低月薪"],
      [{ salaryMin: "四千" }, "salaryMin", "最低月薪请填写整数（元/月）"],
      [{ contactPhone: "", contactEmail: "" }, "contactPhone", "联系电话和电子邮箱至少填写一项"],
      [{ contactEmail: "not-an-address" }, "contactEmail", "请填写有效的电子邮箱"],
      [{ county: "beijing" }, "county", "请选择工作地点"],
      [{ category: "" }, "category", "请选择职位类别"],
      [{ headcount: "0" }, "headcount", "招聘人数须为1到999的整数"],
      [{ position: "   " }, "position", "请填写职位名称"],
      [{ expiresOn: inDays(-1) }, "expiresOn", "截止日期不能早于今天"],
      [{ expiresOn: inDays(120) }, "expiresOn", "截止日期不能晚于90天以后"],
      [{ expiresOn: "2026-02-30" }, "expiresOn", "请选择有效的截止日期"],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await submitJobPost(form(overrides), { ip: freshIp() });
      expect(result.ok, JSON.stringify(overrides)).toBe(false);
      expect(!result.ok && result.fieldErrors[field], JSON.stringify(overrides)).toBe(message);
    }
  });

  it("limits each address on its own count, apart from 在线投稿", async () => {
    vi.stubEnv("CONTRIBUTION_LIMIT_PER_10_MIN", "2");
    const ip = freshIp();
    expectOk(await submitJobPost(form(), { ip }));
    expectOk(await submitJobPost(form(), { ip }));
    const third = await submitJobPost(form(), { ip });
    expect(third).toMatchObject({ ok: false, code: "rate-limited" });
    expect(!third.ok && third.message).toBe("发布招聘信息过于频繁，请在 10 分钟后再试。");
    expect(await db.loginAttempt.count({ where: { key: contributionKey(ip, "job-post") } })).toBe(2);
    // The same address may still send news.
    const news = await submitContribution(
      { name: "王先生", contact: "13800001234", title: "一条新闻线索", body: "今天上午凯里市区举行了一场招聘会，现场人很多，求职者排起长队。", website: "" },
      { ip },
    );
    expect(news.ok).toBe(true);
  });
});

describe("the newsroom's commands", () => {
  const pendingPost = async () => expectOk(await submitJobPost(form(), { ip: freshIp() }));

  it("let editors and up review, and nobody else", async () => {
    for (const name of ["signed out", "reporter"]) {
      const id = await pendingPost();
      for (const command of [approveJob, rejectJob]) {
        const error = await command(actors[name], { id }).catch((e: unknown) => e);
        expect(error, name).toBeInstanceOf(CommandError);
        expect((error as CommandError).code).toBe(name === "signed out" ? "unauthenticated" : "forbidden");
      }
      const save = await saveJob(actors[name], { ...jobFieldsSchema.parse(form()), id: "" }).catch((e: unknown) => e);
      expect((save as CommandError).code).toBe(name === "signed out" ? "unauthenticated" : "forbidden");
      expect((await db.jobPost.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
    }
    for (const name of ["editor", "chief", "admin"]) {
      const id = await pendingPost();
      expect((await approveJob(actors[name], { id })).revalidate).toEqual(["jobs", `job:${id}`]);
    }
  });

  it("approve publishes from now; the same step twice is refused", async () => {
    const id = await pendingPost();
    const now = new Date();
    await approveJob(actors.editor, { id }, { now, ip: "192.0.2.1" });
    expect(await db.jobPost.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "published", reviewedById: actors.editor!.id, publishedAt: now });
    expect((await findPublishedJob(id))?.position).toBe("景区讲解员");
    await expect(approveJob(actors.editor, { id })).rejects.toThrow("这条招聘信息已发布，不能再进行此操作");
    await expect(rejectJob(actors.editor, { id })).rejects.toThrow(CommandError);
    const audit = await db.auditLog.findFirst({ where: { action: "job.approve", targetId: id } });
    expect(audit).toMatchObject({ userId: actors.editor!.id, targetType: "job", ip: "192.0.2.1" });
  });

  it("reject keeps the post out of sight; withdraw takes a published one down", async () => {
    const rejected = await pendingPost();
    await rejectJob(actors.chief, { id: rejected });
    expect((await db.jobPost.findUniqueOrThrow({ where: { id: rejected } })).status).toBe("rejected");
    await expect(withdrawJob(actors.chief, { id: rejected })).rejects.toThrow(CommandError);

    const published = await pendingPost();
    await approveJob(actors.chief, { id: published });
    expect((await withdrawJob(actors.editor, { id: published })).revalidate).toEqual(["jobs", `job:${published}`]);
    expect(await findPublishedJob(published)).toBeNull();
    await expect(approveJob(actors.editor, { id: 999_999_999 })).rejects.toThrow("招聘信息不存在或已被删除");
  });

  it("an editor's own post is published at once; edits keep its status", async () => {
    const input = jobFieldsSchema.parse(form({ position: "会计", salaryMin: "", salaryMax: "" }));
    const { id } = await saveJob(actors.editor, { ...input, id: "" });
    expect(await db.jobPost.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "published", reviewedById: actors.editor!.id, salaryMin: null });
    await saveJob(actors.editor, { ...input, position: "主办会计", id });
    expect(await findPublishedJob(id)).toMatchObject({ position: "主办会计" });
    await expect(saveJob(actors.editor, { ...input, expiresOn: inDays(-3), id })).rejects.toThrow("截止日期不能早于今天");
  });
});
