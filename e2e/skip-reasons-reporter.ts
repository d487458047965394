import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

// The list reporter marks a skipped test with "-" and no reason. This prints
// each skipped test's reason at the end of the run, so that a skip is never silent.
export default class SkipReasonsReporter implements Reporter {
  private skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status !== "skipped") return;
    const reason = test.annotations.find((a) => a.type === "skip")?.description ?? "（未写原因）";
    this.skipped.push(`  - ${test.titlePath().filter(Boolean).join(" › ")}：${reason}`);
  }

  onEnd() {
    if (this.skipped.length > 0) console.log(`\n跳过的测试及原因：\n${this.skipped.join("\n")}`);
  }

  printsToStdio() {
    return false;
  }
}
