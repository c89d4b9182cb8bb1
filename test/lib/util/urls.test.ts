import { describe, expect, it } from "vitest";
import {
  imageSrcProblem,
  isSafeLinkHref,
  linkHrefProblem,
  sourceUrlProblem,
} from "../../../src/lib/util/urls.ts";

describe("sourceUrlProblem", () => {
  it.each([
    { url: "https://www.defense.gov/News/Transcripts/", problem: null },
    { url: "http://example.org/a?b=1&c=2", problem: null },
    { url: "HTTPS://EXAMPLE.ORG/", problem: null },
    { url: "javascript:alert(1)", problem: "scheme" },
    { url: "JaVaScRiPt:alert(1)", problem: "scheme" },
    { url: " javascript:alert(1)", problem: "disguised" },
    { url: "java\tscript:alert(1)", problem: "disguised" },
    { url: "&#106;avascript:alert(1)", problem: "disguised" },
    { url: "javascript&colon;alert(1)", problem: "disguised" },
    { url: "data:text/html;base64,PHNjcmlwdD4=", problem: "scheme" },
    { url: "vbscript:msgbox", problem: "scheme" },
    { url: "/relative/path", problem: "not-absolute" },
    { url: "example.org/page", problem: "not-absolute" },
    { url: "//example.org/page", problem: "not-absolute" },
    { url: "https://", problem: "malformed" },
    { url: "", problem: "empty" },
    { url: "https://good.example@evil.example/", problem: "userinfo" },
    { url: "https://user:pass@example.org/", problem: "userinfo" },
    { url: "https://example.org/\u202egnp.exe", problem: "invisible" },
    { url: "https://exa\u200bmple.org/", problem: "invisible" },
    { url: "https://example.org\\@evil.example/", problem: "backslash" },
  ])("$url → $problem", ({ url, problem }) => expect(sourceUrlProblem(url)).toBe(problem));
});

describe("isSafeLinkHref", () => {
  it.each([
    { href: "https://example.org", ok: true },
    { href: "mailto:desk@example.org", ok: true },
    { href: "#sources", ok: true },
    { href: "/topics/kursk/", ok: true },
    { href: "../other/", ok: true },
    { href: "javascript:alert(1)", ok: false },
    { href: "JaVaScRiPt:alert(1)", ok: false },
    { href: "  javascript:alert(1)", ok: false },
    { href: "java\nscript:alert(1)", ok: false },
    { href: "&#x6A;avascript:alert(1)", ok: false },
    { href: "data:text/html,<script>", ok: false },
    { href: "file:///etc/passwd", ok: false },
    { href: "", ok: true },
    { href: "?page=2", ok: true },
  ])("$href → $ok", ({ href, ok }) => expect(isSafeLinkHref(href)).toBe(ok));
});

describe("linkHrefProblem", () => {
  it.each([
    { href: "//evil.example/", problem: "not-absolute" },
    { href: "/\\evil.example/", problem: "backslash" },
    { href: "https://good.example@evil.example/", problem: "userinfo" },
    { href: "/topics/\u2066x", problem: "invisible" },
    { href: "mailto:desk@example.org", problem: null },
    { href: "mailto:javascript:alert(1)", problem: "malformed" },
    { href: "vbscript:msgbox", problem: "scheme" },
  ])("$href → $problem", ({ href, problem }) => expect(linkHrefProblem(href)).toBe(problem));
});

describe("imageSrcProblem: images are files of the site", () => {
  it.each([
    { src: "./map.png", problem: null },
    { src: "/images/map.png", problem: null },
    { src: "../assets/map.png", problem: null },
    { src: "https://tracker.example/p.gif", problem: "remote" },
    { src: "//tracker.example/p.gif", problem: "remote" },
    { src: "data:image/png;base64,AAAA", problem: "scheme" },
    { src: "javascript:alert(1)", problem: "scheme" },
    { src: "", problem: "empty" },
  ])("$src → $problem", ({ src, problem }) => expect(imageSrcProblem(src)).toBe(problem));
});
