import { categoryName } from "@/lib/jobs/categories";
import { countyName } from "@/lib/jobs/counties";
import type { JobListItem, JobView } from "@/lib/view-types";
import { STATUS } from "@/lib/content/status";

// The columns each read of a job post needs, and how rows become view objects.


export const jobListSelect = {
  id: true,
  position: true,
  employer: true,
  county: true,
  category: true,
  salaryMin: true,
  salaryMax: true,
  headcount: true,
  publishedAt: true,
  createdAt: true,
  expiresAt: true,
} as const;

export const jobSelect = {
  ...jobListSelect,
  requirements: true,
  description: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
} as const;

type ListRow = {
  id: number;
  position: string;
  employer: string;
  county: string;
  category: string;
  salaryMin: number | null;
  salaryMax: number | null;
  headcount: number;
  publishedAt: Date | null;
  createdAt: Date;
  expiresAt: Date;
};

type JobRow = ListRow & { requirements: string; description: string; contactName: string; contactPhone: string; contactEmail: string };

export function toJobListItem(row: ListRow): JobListItem {
  return {
    id: row.id,
    position: row.position,
    employer: row.employer,
    county: { slug: row.county, name: countyName(row.county) },
    category: { slug: row.category, name: categoryName(row.category) },
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    headcount: row.headcount,
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

export function toJobView(row: JobRow): JobView {
  return {
    ...toJobListItem(row),
    requirements: row.requirements,
    description: row.description,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
  };
}

/** Published and not yet expired at `now`: what every public list shows. */
export function openJobsWhere(now: Date) {
  return { status: STATUS.published, expiresAt: { gt: now } };
}
