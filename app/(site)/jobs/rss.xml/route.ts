import { getNewestJobs } from "@/lib/data/jobs/list-jobs";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";
import { rssResponse } from "@/lib/feeds/responses";
import { buildRss } from "@/lib/feeds/rss";
import { JOBS_FEED_PATH, JOBS_PATH, jobHref } from "@/lib/jobs/job-urls";
import { formatSalary } from "@/lib/jobs/salary";
import { absoluteLinks } from "@/lib/data/settings/get-site-url";

// 人才网's feed: the newest 50 open posts, rebuilt at least every minute
// like the lists (same tagged read), so a post that expires leaves the feed
// when it leaves them.
export const revalidate = 60;

const FEED_SIZE = 50;

export async function GET() {
  const [settings, jobs, absoluteUrl] = await Promise.all([getSiteSettings(), getNewestJobs(FEED_SIZE), absoluteLinks()]);
  const xml = buildRss({
    title: `${settings.siteName}人才网`,
    link: absoluteUrl(JOBS_PATH),
    selfUrl: absoluteUrl(JOBS_FEED_PATH),
    description: `${settings.siteName}人才网最新招聘信息`,
    items: jobs.map((job) => ({
      title: `${job.position}（${job.employer}）`,
      url: absoluteUrl(jobHref(job.id)),
      description: `${job.county.name} · ${job.category.name} · ${formatSalary(job.salaryMin, job.salaryMax)} · 招${job.headcount}人`,
      publishedAt: new Date(job.publishedAt),
      category: job.category.name,
    })),
    buildDate: jobs.length ? new Date(Math.max(...jobs.map((j) => Date.parse(j.publishedAt)))) : new Date(),
    ttlMinutes: 1,
  });
  return rssResponse(xml);
}
