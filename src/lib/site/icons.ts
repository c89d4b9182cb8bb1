// The site's icon: one SVG mark (served as /favicon.svg) and the PNG and ICO fallbacks rendered
// from it at build time, for browsers, home screens and crawlers that do not take SVG.
import { Resvg } from "@resvg/resvg-js";

/** The accent of src/styles/global.css, light and dark, and the page colours under it. */
export const ICON_COLOURS = {
  light: { mark: "#b3261e", on: "#ffffff", paper: "#fdfcf9" },
  dark: { mark: "#ff8a80", on: "#14161a", paper: "#14161a" },
} as const;

/**
 * Three rising bars on an accent square: figures side by side. Drawn on a 32-unit grid with
 * even coordinates, so at 16 and 32 px every edge falls on a pixel and the mark stays crisp.
 * The style swaps the colours under a dark colour scheme; renderers without media queries
 * (resvg among them) draw the light one.
 * `rounded: false` fills the square edge to edge, as home-screen icons should (the system
 * rounds them itself).
 */
export function iconSvg({ rounded = true }: { rounded?: boolean } = {}): string {
  const { light, dark } = ICON_COLOURS;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32">',
    `<style>.bg{fill:${light.mark}}.fg{fill:${light.on}}`,
    `@media (prefers-color-scheme:dark){.bg{fill:${dark.mark}}.fg{fill:${dark.on}}}</style>`,
    `<rect class="bg" width="32" height="32"${rounded ? ' rx="6"' : ""}/>`,
    '<path class="fg" d="M6 18h4v8H6zM14 12h4v14h-4zM22 6h4v20h-4z"/>',
    "</svg>\n",
  ].join("");
}

/** The mark as a `size`×`size` PNG. */
export function iconPng(
  size: number,
  options: { rounded?: boolean } = {},
): Uint8Array<ArrayBuffer> {
  const png = new Resvg(iconSvg(options), { fitTo: { mode: "width", value: size } })
    .render()
    .asPng();
  return new Uint8Array(png);
}

/**
 * An ICO file holding one PNG image (allowed since Windows Vista, and what every current browser
 * reads): the 6-byte ICONDIR, one 16-byte ICONDIRENTRY, then the PNG's bytes.
 */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const HEADER = 6 + 16;
  const out = new Uint8Array(HEADER + png.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  view.setUint8(6, size >= 256 ? 0 : size); // width (0 means 256)
  view.setUint8(7, size >= 256 ? 0 : size); // height
  view.setUint8(8, 0); // no palette
  view.setUint8(9, 0); // reserved
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.length, true); // image size
  view.setUint32(18, HEADER, true); // image offset
  out.set(png, HEADER);
  return out;
}
