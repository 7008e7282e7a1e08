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
  approvedAt?: string;
  approvedBy?: string;
  createdBy?: string;
  /** the newest follow-up record's date, when there is one */
  lastFollowUpAt?: string;
  assessment: AssessmentDraft;
}

export interface Me {
  organization: string;
  roles: string[];
  name: string;
}
