import { forwardRef } from "react";
import type { FieldIssue } from "../../validation/issues.js";

/**
 * What is still to fix, as links to the fields (GOV.UK's and Suomi.fi's error summary): each
 * names the field by its label and says what to do. The wizard moves the focus here when Next or
 * submit stops; a link takes the user to the field's step (`onGo`) and focuses the field.
 */
export const ErrorSummary = forwardRef<
  HTMLDivElement,
  {
    title: string;
    intro?: string;
    issues: FieldIssue[];
    /** the heading of each issue's step, when the list spans steps */
    stepTitle?: (issue: FieldIssue) => string | undefined;
    onGo: (issue: FieldIssue) => void;
  }
>(function ErrorSummary({ title, intro, issues, stepTitle, onGo }, ref) {
  const groups: Array<{ title: string | undefined; items: FieldIssue[] }> = [];
  for (const issue of issues) {
    const heading = stepTitle?.(issue);
    const last = groups[groups.length - 1];
    if (last && last.title === heading) last.items.push(issue);
    else groups.push({ title: heading, items: [issue] });
  }
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">{title}</h3>
      {intro && <p>{intro}</p>}
      {groups.map((g) => (
        <div key={g.title ?? "-"}>
          {g.title && <h4>{g.title}</h4>}
          <ul>
            {g.items.map((i) => (
              <li key={i.fieldId}>
                <a
                  href={`#${i.fieldId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onGo(i);
                  }}
                >
                  {i.label}: {i.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
});
