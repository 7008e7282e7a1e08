import type { PortfolioReport } from "eva-core";
import type { ApiClient } from "./client.js";
import type { AssessmentView } from "./types.js";

/** POST /v1/portfolio's body (API.md "Additions"). */
export interface PortfolioRequest {
  assessmentIds: string[];
  budget: number;
  year?: number;
  weights?: { spread?: number; lower?: number[]; upper?: number[]; order?: Array<[number, number]> };
}

/** POST /v1/portfolio's answer: eva-core's PortfolioReport and rpm's sets. */
export type PortfolioAnswer = PortfolioReport & {
  nonDominated: string[][];
  core: string[];
  borderline: string[];
  exterior: string[];
};

/** The organization's proposals a portfolio can weigh: submitted and approved assessments. */
export async function listProposals(api: ApiClient): Promise<AssessmentView[]> {
  const page = async (status: string) =>
    (await api.request<{ items: AssessmentView[] }>("GET", `/v1/assessments?status=${status}&limit=100`)).data
      .items;
  const [submitted, approved] = await Promise.all([page("submitted"), page("approved")]);
  return [...approved, ...submitted];
}

export async function computePortfolio(api: ApiClient, body: PortfolioRequest): Promise<PortfolioAnswer> {
  return (await api.request<PortfolioAnswer>("POST", "/v1/portfolio", { body })).data;
}

/** The same analysis as CSV (the API's rows, in the page's language). */
export async function portfolioCsv(api: ApiClient, body: PortfolioRequest): Promise<string> {
  return (await api.request<string>("POST", "/v1/portfolio?format=csv", { body, text: true })).data;
}
