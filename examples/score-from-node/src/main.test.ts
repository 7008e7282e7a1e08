import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { demoAssessment, exampleStrategies } from "eva-core";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"));

describe("score-from-node", () => {
  it("ships fixtures equal to eva-core's demo case and Kaarina strategy", () => {
    expect(readFixture("kaarina-strategy.json")).toEqual(exampleStrategies.kaarina);
    expect(readFixture("demo-assessment.json")).toEqual(demoAssessment);
  });

  it("prints the ranking of the demo case, the new school first", async () => {
    const { stdout } = await run(
      process.execPath,
      ["--conditions=source", "--import", "tsx", "src/main.ts"],
      {
        cwd: root,
      },
    );
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Littoisten koulun tilaratkaisu (657/02.02.00/2023)");
    expect(lines[1]).toMatch(/^1\. .*\[uudisrakennus\] score 0\.\d{3}$/);
    expect(lines[2]).toMatch(/^2\. .*\[peruskorjaus\]/);
    expect(lines[3]).toMatch(/^3\. .*\[nykytila\]/);
    expect(stdout).toContain("recommended: uudisrakennus");
    // then the board summary as Markdown, headed by the decision question
    expect(lines).toContain("# Littoisten koulun tilaratkaisu");
  }, 60_000);

  it("prints the summary in the language asked for", async () => {
    const { stdout } = await run(
      process.execPath,
      ["--conditions=source", "--import", "tsx", "src/main.ts", "--locale", "en"],
      { cwd: root },
    );
    expect(stdout.split("\n")).toContain("## Alternatives");
  }, 60_000);
});
