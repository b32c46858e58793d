import { LANGUAGES, nativeName, useI18n } from '../i18n/index.tsx';

export function LanguageSwitch({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const { lang, setLang, t } = useI18n();
  return (
    <div className={`lang-switch lang-switch-${tone}`} role="group" aria-label={t('language.switch')}>
      {LANGUAGES.map((l) => (
        <button
          key={l.code}
          type="button"
          lang={l.code}
          aria-pressed={lang === l.code}
          className={lang === l.code ? 'is-current' : undefined}
          onClick={() => {
            if (lang !== l.code) setLang(l.code);
          }}
        >
          {nativeName(l.code)}
        </button>
      ))}
    </div>
  );
}
