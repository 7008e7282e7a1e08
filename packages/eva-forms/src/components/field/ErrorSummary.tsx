import { forwardRef } from "react";
import { Heading, IconErrorFilled, Link } from "suomifi-ui-components";
import type { FieldIssue } from "../../validation/issues.js";

/**
 * What is still to fix, as links to the fields (GOV.UK's and Suomi.fi's error summary): each
 * names the field by its label and says what to do. The wizard moves the focus here when Next or
 * submit stops; a link takes the user to the field's step (`onGo`) and focuses the field. Drawn
 * as Suomi.fi's ErrorSummary, with its parts (Heading, Link, the error icon): v18's own component
 * neither groups the issues by step nor opens another step, and its links' href lacks the "#".
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
      <IconErrorFilled className="error-summary-icon" aria-hidden="true" />
      <div>
        <Heading variant="h3" as="h2" id="error-summary-title">
          {title}
        </Heading>
        {intro && <p>{intro}</p>}
        {groups.map((g) => (
          <div key={g.title ?? "-"}>
            {g.title && (
              <Heading variant="h4" as="h3">
                {g.title}
              </Heading>
            )}
            <ul>
              {g.items.map((i) => (
                <li key={i.fieldId}>
                  <Link
                    href={`#${i.fieldId}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onGo(i);
                    }}
                  >
                    {i.label}: {i.message}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
});
