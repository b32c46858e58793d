import { useEffect, useState } from 'react';

export type Route = 'home' | 'users' | 'activity' | 'password';

const ROUTES: Record<string, Route> = {
  '': 'home',
  '/': 'home',
  '/users': 'users',
  '/activity': 'activity',
  '/password': 'password',
};

export function hrefFor(route: Route): string {
  return route === 'home' ? '#/' : `#/${route}`;
}

function parse(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return ROUTES[path] ?? 'home';
}

/** Hash routing: works behind any static file server without fallbacks. */
export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = (r: Route) => {
    const target = hrefFor(r);
    if (window.location.hash !== target) window.location.hash = target;
    else setRoute(r);
  };
  return [route, go];
}
