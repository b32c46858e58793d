// The search box in the header, on every page: a name in any script, a vehicle number, a phone
// number or an FIR number. "/" focuses it from anywhere that is not a field; Enter opens the
// Search page (#/search?q=…), which works out what was typed.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { hrefFor, navigate } from '../router.ts';

/** Whether a key press belongs to something the officer is typing into. */
function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

export function HeaderSearch({ current }: { current: string }) {
  const { t } = useI18n();
  const [value, setValue] = useState(current);
  const input = useRef<HTMLInputElement>(null);
  // The box shows what the Search page is searching for (back/forward, a new search).
  useEffect(() => setValue(current), [current]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || e.defaultPrevented) return;
      if (isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    const q = value.trim();
    navigate(hrefFor('search', null, { q }));
  }

  return (
    <form className="header-search" role="search" aria-label={t('search.label')} onSubmit={submit} data-testid="header-search">
      <label htmlFor="header-search-q" className="visually-hidden">
        {t('search.boxLabel')}
      </label>
      <input
        ref={input}
        id="header-search-q"
        name="search"
        type="search"
        dir="auto"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-keyshortcuts="/"
        placeholder={t('search.placeholder')}
        title={t('search.shortcut')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value === '') e.currentTarget.blur();
        }}
      />
      <button type="submit" className="btn btn-header">
        {t('search.submit')}
      </button>
    </form>
  );
}
