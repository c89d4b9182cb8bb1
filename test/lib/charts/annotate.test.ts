import { describe, expect, it } from "vitest";
import { placeAnnotations, shortName, type Box } from "../../../src/lib/charts/annotate.ts";

const bounds: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const at = (key: string, x: number, y: number, variants: string[][]) => ({
  key,
  x,
  y,
  extent: { left: x - 5, right: x + 5, top: y - 5, bottom: y + 5 },
  variants,
  bounds,
});
const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("placeAnnotations", () => {
  it("puts a label to the right of its mark when there is room", () => {
    const [a] = placeAnnotations([at("a", 100, 100, [["Syrskyi, 1 Jan: 38,000"]])], []);
    expect(a).toMatchObject({ key: "a", anchor: "start", x: 110, y: 100 });
  });

  it("goes left at the right edge, and never leaves its bounds", () => {
    const [a] = placeAnnotations([at("a", 390, 100, [["Syrskyi, 1 Jan: 38,000"]])], []);
    expect(a?.anchor).toBe("end");
    expect(a!.box.left).toBeGreaterThanOrEqual(0);
    expect(a!.box.right).toBeLessThanOrEqual(390);
  });

  it("keeps labels off obstacles and off each other, taking requests in order", () => {
    const obstacle: Box = { left: 110, right: 300, top: 90, bottom: 110 };
    const placed = placeAnnotations(
      [at("a", 100, 100, [["first label here"]]), at("b", 100, 130, [["second label here"]])],
      [obstacle],
    );
    expect(placed.map((p) => p.key)).toEqual(["a", "b"]);
    for (const p of placed) expect(overlap(p.box, obstacle)).toBe(false);
    expect(overlap(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it("tries the shorter wording before giving up, and gives up when nothing fits", () => {
    const tight: Box = { left: 0, top: 0, right: 120, bottom: 40 };
    const [a] = placeAnnotations(
      [{ ...at("a", 10, 20, [["a very long wording that cannot fit"], ["short"]]), bounds: tight }],
      [],
    );
    expect(a?.lines).toEqual(["short"]);
    expect(
      placeAnnotations(
        [{ ...at("b", 10, 20, [["a very long wording that cannot fit"]]), bounds: tight }],
        [],
      ),
    ).toEqual([]);
  });
});

describe("placeAnnotations against many obstacles", () => {
  it("keeps clear of every obstacle, however many, large, small, negative or unbounded", () => {
    // A line kept clear as a chain of small boxes (as the timeline does), a wide bar, a box
    // off the plot's top-left, and one without a finite edge.
    const chain: Box[] = Array.from({ length: 2000 }, (_, k) => ({
      left: k * 0.2 - 1,
      right: k * 0.2 + 1,
      top: 150 - 1,
      bottom: 150 + 1,
    }));
    const wide: Box = { left: -5000, right: 5000, top: 200, bottom: 204 };
    const offPlot: Box = { left: -40, right: 20, top: -30, bottom: 40 };
    const unbounded: Box = { left: 300, right: Infinity, top: 0, bottom: 300 };
    const obstacles = [...chain, wide, offPlot, unbounded];
    const requests = [
      at("a", 100, 150, [["a label beside a line"], ["short"]]),
      at("b", 60, 202, [["on the bar"], ["bar"]]),
      at("c", 10, 10, [["corner"]]),
      at("d", 290, 100, [["next to the unbounded box"], ["x"]]),
    ];
    const placed = placeAnnotations(requests, obstacles);
    expect(placed.length).toBeGreaterThan(0);
    for (const p of placed) {
      const own = requests.find((r) => r.key === p.key)!.extent;
      for (const o of obstacles) {
        const isOwn =
          o.left >= own.left - 0.5 &&
          o.right <= own.right + 0.5 &&
          o.top >= own.top - 0.5 &&
          o.bottom <= own.bottom + 0.5;
        if (!isOwn) expect(overlap(p.box, o), `${p.key} over an obstacle`).toBe(false);
      }
    }
  });
});

describe("shortName", () => {
  it.each([
    ["Oleksandr Syrskyi", "Syrskyi"],
    ["Volodymyr Zelensky", "Zelensky"],
    ["Pentagon", "Pentagon"],
    ["US and South Korean intelligence estimates", "US and South Korean intelligence estimates"],
  ])("%s → %s", (name, short) => expect(shortName(name)).toBe(short));
});

describe("shortName for organisations", () => {
  it("keeps an organisation's whole name, and still shortens a person's", () => {
    expect(shortName("Open Relief Network", false)).toBe("Open Relief Network");
    expect(shortName("Oleksandr Syrskyi", true)).toBe("Syrskyi");
    // Not knowing, three capitalised words read as a person's name.
    expect(shortName("Open Relief Network")).toBe("Network");
  });
});
