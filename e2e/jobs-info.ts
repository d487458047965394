import { readFileSync } from "node:fs";
import path from "node:path";

// The 人才网 posts scripts/e2e-prepare.ts picked out of the demo content.
type JobRef = { id: number; position: string; county: string; category: string };

export function e2eJobs(): { open: JobRef & { employer: string }; expired: JobRef } {
  return JSON.parse(readFileSync(path.join(__dirname, "..", ".e2e", "info.json"), "utf8")).jobs;
}
