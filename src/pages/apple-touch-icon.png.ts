// /apple-touch-icon.png: 180×180 for home screens, square (the system rounds the corners); also
// the publisher logo in the pages' structured data.
import type { APIRoute } from "astro";
import { iconPng } from "../lib/site/icons.ts";

export const GET: APIRoute = () =>
  new Response(iconPng(180, { rounded: false }), { headers: { "Content-Type": "image/png" } });
