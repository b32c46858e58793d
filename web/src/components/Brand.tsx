import { useI18n } from '../i18n/index.tsx';

export function Emblem({ size = 40 }: { size?: number }) {
  return (
    <svg className="emblem" width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <path d="M32 4l24 9v17c0 15.3-10.1 27.5-24 32C18.1 57.5 8 45.3 8 30V13z" fill="#f4a259" />
      <path d="M32 11l17.5 6.6V30c0 11.4-7.2 20.6-17.5 24.4C21.7 50.6 14.5 41.4 14.5 30V17.6z" fill="#1d3557" />
      <circle cx="32" cy="30" r="8.5" fill="none" stroke="#fff" strokeWidth="2.5" />
      <circle cx="32" cy="30" r="2.2" fill="#fff" />
      <path d="M32 21.5v17M23.5 30h17M26 24l12 12M38 24L26 36" stroke="#fff" strokeWidth="1.2" />
    </svg>
  );
}

export function Brand({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  return (
    <div className={`brand${compact ? ' brand-compact' : ''}`}>
      <Emblem size={compact ? 34 : 44} />
      <div className="brand-text">
        <span className="brand-name">{t('app.shortName')}</span>
        <span className="brand-full">{t('app.fullName')}</span>
      </div>
    </div>
  );
}

export function TricolourBar() {
  return (
    <div className="tricolour" aria-hidden="true">
      <span />
      <span />
      <span />
    </div>
  );
}
