// /favicon.svg: the site's icon, with its own dark-mode colours (see src/lib/site/icons.ts).
import type { APIRoute } from "astro";
import { iconSvg } from "../lib/site/icons.ts";

export const GET: APIRoute = () =>
  new Response(iconSvg(), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
