// /favicon.ico: browsers and audits ask for it whatever the page links; an ICO holding the
// 32 px PNG.
import type { APIRoute } from "astro";
import { icoFromPng, iconPng } from "../lib/site/icons.ts";

export const GET: APIRoute = () =>
  new Response(icoFromPng(iconPng(32), 32), { headers: { "Content-Type": "image/x-icon" } });
