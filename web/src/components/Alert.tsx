import type { ReactNode } from 'react';

/** Error summary: announced at once by screen readers. Always rendered so the live region exists. */
export function ErrorMessage({ message, id }: { message: string | null | undefined; id?: string }) {
  return (
    <div className="alert-slot" role="alert" aria-live="assertive" id={id}>
      {message ? <p className="alert alert-error">{message}</p> : null}
    </div>
  );
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  return (
    <div className="alert-slot" role="status" aria-live="polite">
      {children ? <p className={`alert alert-${tone}`}>{children}</p> : null}
    </div>
  );
}
