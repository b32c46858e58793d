// Tiny i18n: flat JSON catalogues, `t(key, params)` with {name} placeholders,
// and a React context carrying the current language.
import { createContext, useContext, type ReactNode } from 'react';
import en from './en.json';
import hi from './hi.json';

export type Catalogue = Record<string, string>;
export type Params = Record<string, string | number>;

/**
 * Registered languages. To add one: create `xx.json` with every key of en.json,
 * import it above and add an entry here (and teach the server to accept the code).
 */
export const LANGUAGES = [
  { code: 'en', locale: 'en-IN', catalogue: en as Catalogue },
  { code: 'hi', locale: 'hi-IN', catalogue: hi as Catalogue },
] as const;

export type Lang = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return LANGUAGES.some((l) => l.code === value);
}

function info(lang: Lang) {
  return LANGUAGES.find((l) => l.code === lang) ?? LANGUAGES[0];
}

export function localeOf(lang: Lang): string {
  return info(lang).locale;
}

/** The language's own name, e.g. "हिन्दी" — taken from its own catalogue. */
export function nativeName(lang: Lang): string {
  return info(lang).catalogue['language.name'] ?? lang;
}

export function translate(lang: Lang, key: string, params?: Params): string {
  const text = info(lang).catalogue[key] ?? (en as Catalogue)[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

export function hasKey(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(en, key);
}

export type TFunction = ((key: string, params?: Params) => string) & { readonly lang: Lang };

interface I18nValue {
  lang: Lang;
  t: TFunction;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ lang, setLang, children }: { lang: Lang; setLang: (lang: Lang) => void; children: ReactNode }) {
  const t: TFunction = Object.assign((key: string, params?: Params) => translate(lang, key, params), { lang });
  return <I18nContext.Provider value={{ lang, t, setLang }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

const STORAGE_KEY = 'cctns.language';

export function storedLanguage(): Lang {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    /* storage disabled */
  }
  const nav = (navigator.languages?.[0] ?? navigator.language ?? '').toLowerCase().slice(0, 2);
  return isLang(nav) ? nav : DEFAULT_LANG;
}

export function storeLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* storage disabled */
  }
}

/*
 * Which language wins at sign-in? The profile's — so that on a shared station computer each
 * officer gets their own — unless the officer picked one on the sign-in pages of this tab just
 * before signing in: then that choice is saved to their profile. The pick lives in
 * sessionStorage so that it survives a reload during sign-in but not the tab.
 */
const PICKED_KEY = 'cctns.languagePicked';

export function rememberPickedLanguage(lang: Lang): void {
  try {
    window.sessionStorage.setItem(PICKED_KEY, lang);
  } catch {
    /* storage disabled */
  }
}

export function takePickedLanguage(): Lang | null {
  try {
    const v = window.sessionStorage.getItem(PICKED_KEY);
    window.sessionStorage.removeItem(PICKED_KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}
