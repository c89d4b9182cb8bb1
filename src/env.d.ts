/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by an explainer page so the author components in its body can find their data. */
    explainer?: import("./lib/site/pageContext.ts").ExplainerContext;
  }
}
