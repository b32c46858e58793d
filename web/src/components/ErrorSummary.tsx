import { focusField, summaryItems, type FieldErrors } from '../forms.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * The summary at the top of a record form: the message, then every field error as a button that
 * moves focus to its field. Fields are named by the server's paths, or by `labels` where a form
 * names a field its own way ("Why the mark is withdrawn"). Always rendered so that the live region
 * exists before it fills.
 */
export function ErrorSummary({ message, errors, labels }: { message: string | null; errors: FieldErrors; labels?: Record<string, string> }) {
  const { t } = useI18n();
  const items = message ? summaryItems(t, errors, labels) : [];
  return (
    <div className="alert-slot" role="alert" aria-live="assertive">
      {message ? (
        <div className="alert alert-error error-summary" data-testid="error-summary">
          <p className="error-summary-title">{message}</p>
          {items.length ? (
            <ul>
              {items.map((i) => (
                <li key={i.path}>
                  <button type="button" className="btn-link" onClick={() => focusField(i.path)}>
                    {i.text}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
