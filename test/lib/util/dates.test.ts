import { afterEach, describe, expect, it, vi } from "vitest";
import { buildNow, isCalendarDate, isCalendarDateTime } from "../../../src/lib/util/dates.ts";

describe("isCalendarDate", () => {
  it.each([
    { value: "2024-12-23", ok: true },
    { value: "2024-02-29", ok: true }, // leap year
    { value: "2025-02-29", ok: false },
    { value: "2025-02-30", ok: false },
    { value: "2025-04-31", ok: false },
    { value: "2025-13-01", ok: false },
    { value: "2025-00-10", ok: false },
    { value: "2025-1-5", ok: false },
    { value: "05/01/2025", ok: false },
    { value: "2025-01-05T14:00:00Z", ok: false },
  ])("$value → $ok", ({ value, ok }) => expect(isCalendarDate(value)).toBe(ok));
});

describe("isCalendarDateTime", () => {
  it.each([
    { value: "2025-01-05T14:00:00Z", ok: true },
    { value: "2025-01-05T14:00Z", ok: true },
    { value: "2025-01-05T14:00:00+02:00", ok: true },
    { value: "2025-01-05", ok: true },
    { value: "2025-01-05T24:00:00Z", ok: false },
    { value: "2025-02-30T10:00:00Z", ok: false },
    { value: "yesterday", ok: false },
  ])("$value → $ok", ({ value, ok }) => expect(isCalendarDateTime(value)).toBe(ok));
});

describe("buildNow", () => {
  it("uses SOURCE_DATE_EPOCH when set", () => {
    expect(buildNow({ SOURCE_DATE_EPOCH: "1736085600" }).toISOString()).toBe(
      "2025-01-05T14:00:00.000Z",
    );
  });
  describe("without a usable SOURCE_DATE_EPOCH, reads the clock", () => {
    // A fixed system time: the clock is what buildNow reads, and the test does not read it too.
    afterEach(() => void vi.useRealTimers());
    it.each([
      { env: {}, why: "unset" },
      { env: { SOURCE_DATE_EPOCH: "" }, why: "empty" },
      { env: { SOURCE_DATE_EPOCH: "yesterday" }, why: "not a number" },
      { env: { SOURCE_DATE_EPOCH: "-5" }, why: "negative" },
    ])("$why", ({ env }) => {
      vi.useFakeTimers({ now: new Date("2026-10-01T12:00:00Z"), toFake: ["Date"] });
      expect(buildNow(env).toISOString()).toBe("2026-10-01T12:00:00.000Z");
    });
  });
});
