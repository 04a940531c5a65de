// Components import their own stylesheet; Vite bundles it into the page's CSS.
declare module '*.css' {}
