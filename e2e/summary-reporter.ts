import { appendFileSync } from "node:fs";
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

// The list reporter marks a skipped test with "-" and no reason, and prints a
// failure's title only in the middle of a long log. This prints, at the end of
// a run, each skipped test with its reason, each test that failed, and each
// that passed only when retried (flaky), so none of them is silent.
// scripts/test-e2e.mjs runs Playwright more than once; it sets
// E2E_SUMMARY_FILE, where the lines are appended instead, to print them all
// after its last run, as the last thing in the log.
export default class SummaryReporter implements Reporter {
  private lines = { failed: [] as string[], flaky: [] as string[], skipped: [] as string[] };

  onTestEnd(test: TestCase, result: TestResult) {
    const title = test.titlePath().filter(Boolean).join(" › ");
    const outcome = test.outcome();
    const isFinalAttempt = result.retry === test.retries || result.status === "passed" || result.status === "skipped";
    if (!isFinalAttempt) return;
    if (outcome === "skipped") {
      const reason = test.annotations.find((a) => a.type === "skip")?.description ?? "（未写原因）";
      this.lines.skipped.push(`  - ${title}：${reason}`);
    } else if (outcome === "unexpected") {
      const firstLine = result.error?.message?.split("\n").find((line) => line.trim()) ?? result.status;
      this.lines.failed.push(`  ✘ ${title}：${stripAnsi(firstLine)}`);
    } else if (outcome === "flaky") {
      this.lines.flaky.push(`  ~ ${title}（第 ${result.retry + 1} 次才通过）`);
    }
  }

  onEnd() {
    const text = summaryText(this.lines);
    if (!text) return;
    const file = process.env.E2E_SUMMARY_FILE;
    if (file) appendFileSync(file, text);
    else console.log(text);
  }

  printsToStdio() {
    return false;
  }
}

function summaryText(lines: { failed: string[]; flaky: string[]; skipped: string[] }): string {
  const sections: [string, string[]][] = [
    ["失败的测试", lines.failed],
    ["重试后才通过的测试（不稳定，请查明原因）", lines.flaky],
    ["跳过的测试及原因", lines.skipped],
  ];
  return sections
    .filter(([, items]) => items.length > 0)
    .map(([heading, items]) => `\n${heading}：\n${items.join("\n")}\n`)
    .join("");
}

function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, "").slice(0, 300);
}
