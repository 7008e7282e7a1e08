import type { AssessmentDraft } from "eva-core";

export interface AssessmentView {
  id: string;
  status: "draft" | "submitted" | "approved";
  version: number;
  etag: string;
  strategyId: string;
  strategyVersion: number;
  updatedAt: string;
  returnComment?: string;
  assessment: AssessmentDraft;
}

export interface Me {
  organization: string;
  roles: string[];
  name: string;
}
