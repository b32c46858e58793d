// Side-effect imports of CSS (including the @fontsource packages) are handled by Vite.
declare module '*.css';
