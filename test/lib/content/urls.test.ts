import { describe, expect, it } from "vitest";
import { isSafeLinkHref, sourceUrlProblem } from "../../../src/lib/content/urls.ts";

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
  ])("$href → $ok", ({ href, ok }) => expect(isSafeLinkHref(href)).toBe(ok));
});
