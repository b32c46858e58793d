import type { ReactNode } from 'react';

/** A list's table, named by its heading, scrollable by keyboard on a narrow screen: column heads, then the rows. */
export function DataTable({ headingId, columns, testId, children }: { headingId: string; columns: string[]; testId: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={headingId}>
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
