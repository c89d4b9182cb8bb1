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

// opentype.js 2 ships no types: what the social cards use of it (src/lib/site/cardFonts.ts).
declare module "opentype.js" {
  export type PathCommand =
    | { type: "M" | "L"; x: number; y: number }
    | { type: "Q"; x1: number; y1: number; x: number; y: number }
    | { type: "C"; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
    | { type: "Z" };
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    path: { commands: PathCommand[] };
  }
  export interface LigatureSubtable {
    substFormat: number;
    coverage:
      | { format: 1; glyphs: number[] }
      | { format: 2; ranges: Array<{ start: number; end: number; index: number }> };
    ligatureSets?: Array<Array<{ ligGlyph: number; components: number[] }>>;
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    glyphs: { get(index: number): Glyph };
    charToGlyphIndex(char: string): number;
    tables: {
      gsub?: {
        features: Array<{ tag: string; feature: { lookupListIndexes: number[] } }>;
        lookups: Array<{ lookupType: number; subtables: LigatureSubtable[] }>;
      };
    };
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
