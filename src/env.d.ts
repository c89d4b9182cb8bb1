/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by an explainer page so the author components in its body can find their data. */
    explainer?: import("./lib/site/pageContext.ts").ExplainerContext;
  }
}

// Plain TypeScript (ESLint's type-aware rules) cannot read .astro files; `astro check` resolves
// them itself and never falls back to this.
declare module "*.astro" {
  const Component: import("astro/runtime/server/index.js").AstroComponentFactory;
  export default Component;
}
