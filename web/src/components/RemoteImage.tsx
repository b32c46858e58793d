import { useState } from 'react';
import { useI18n } from '../i18n/index.tsx';

type Failure = 'not-arrived' | 'failed';

/**
 * A photo from the node (a person's attachment, an alert's photo). On another node's record the
 * file may not have arrived yet (404 with a problem type ending in "not-arrived"): then a neutral
 * placeholder says so instead of a broken image. The answer is read only after the image failed.
 */
export function RemoteImage({ src, alt, className, testId }: { src: string; alt: string; className?: string; testId?: string }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<{ src: string; kind: Failure } | null>(null);

  if (failure && failure.src === src) {
    return (
      <PhotoMissing className={className} text={failure.kind === 'not-arrived' ? t('photo.notArrived') : t('photo.failed')} testId={testId ? `${testId}-missing` : undefined} reason={failure.kind} />
    );
  }

  return (
    <img
      className={className}
      src={src}
      alt={alt}
      data-testid={testId}
      onError={() => {
        // What did the node say? Not arrived yet, or something else.
        fetch(src, { credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/problem+json' } })
          .then(async (res) => {
            let type = '';
            if (!res.ok) {
              try {
                type = String(((await res.json()) as { type?: unknown }).type ?? '');
              } catch {
                /* not JSON */
              }
            }
            setFailure({ src, kind: /not-arrived\/?$/.test(type) ? 'not-arrived' : 'failed' });
          })
          .catch(() => setFailure({ src, kind: 'failed' }));
      }}
    />
  );
}

/** In place of a photo: a neutral frame that says why there is none (no photo, not arrived yet, failed). */
export function PhotoMissing({ text, className, testId, reason }: { text: string; className?: string; testId?: string; reason?: string }) {
  return (
    <span className={`photo-missing${className ? ` ${className}` : ''}`} role="img" aria-label={text} data-testid={testId} data-reason={reason}>
      <span className="photo-missing-icon" aria-hidden="true" />
      <span className="photo-missing-text">{text}</span>
    </span>
  );
}
