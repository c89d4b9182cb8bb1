// /favicon-32.png: the icon for browsers that do not take SVG icons.
import type { APIRoute } from "astro";
import { iconPng } from "../lib/site/icons.ts";

export const GET: APIRoute = () =>
  new Response(iconPng(32), { headers: { "Content-Type": "image/png" } });
