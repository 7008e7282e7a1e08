import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// The files that take longest (each 10–130 s on the 2-core machine: the fuzz, browsers, SIGKILL
// soaks, the wizard's jsdom walks), longest first whatever their project: vitest's own order runs
// project after project, which left the wizard's jsdom files to the end, alone on the workers.
// (The order is from the durations of a whole run; re-sort it when they change.)
// Files not listed keep vitest's order after these.
const slowFirst = [
  "packages/eva-api/test/fuzz.test.ts",
  "packages/eva-api/test/wizard.browser.test.ts",
  "packages/eva-api/test/pages.browser.test.ts",
  "packages/eva-forms/src/wizard/AssessmentWizard.test.tsx",
  "packages/eva-api/test/store-crash.test.ts",
  "packages/eva-forms/src/wizard/round-trip.property.test.tsx",
  "packages/eva-api/test/portfolio.browser.test.ts",
  "packages/eva-forms/src/steps/WeightsStep.test.tsx",
  "packages/eva-api/test/crash.test.ts",
  "packages/eva-api/test/oidc-signin.browser.test.ts",
  "packages/eva-api/test/webhook-crash.test.ts",
  "packages/eva-api/test/browser.test.ts",
  "packages/eva-forms/src/follow-up/FollowUpPage.test.tsx",
  "packages/eva-forms/src/conflict/ConflictDialog.test.tsx",
  "packages/eva-api/test/api-rows.test.ts",
  "packages/eva-api/test/one-render.test.ts",
  "packages/eva-forms/src/report/StrategyReportPage.test.tsx",
  "packages/eva-forms/src/app/AssessmentList.test.tsx",
  "packages/eva-forms/src/portfolio/PortfolioPage.test.tsx",
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = slowFirst.findIndex((p) => f.moduleId.endsWith(p));
      return i < 0 ? slowFirst.length : i;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

// One root config; each package and example keeps a short defineProject file.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "examples/*/vitest.config.ts"],
    // one worker more than cores (vitest's default leaves one core idle, which on a 2-core machine
    // runs the files one by one): most test time is spent waiting for servers, browsers, child
    // processes and fsync, and a third file fills that wait
    maxWorkers: availableParallelism() + 1,
    sequence: { sequencer: SlowFirst },
  },
});
