// Progressive enhancement for charts, and the only script the site ships. Without it every
// chart, table and source is already on the page; with it, a mark shows its claim's details
// on focus, hover or tap, Escape closes them, and hovering a claimant's name highlights its
// series. Plain DOM, no dependencies: keep it under 3 KB gzipped (see the size test).

for (const chart of document.querySelectorAll<HTMLElement>("[data-chart]")) {
  const popup = document.createElement("div");
  popup.className = "chart__popup";
  // A visual aid: screen readers get each mark's label and the data table, where the same
  // links are reachable by keyboard.
  popup.setAttribute("aria-hidden", "true");
  popup.hidden = true;
  chart.append(popup);
  let shownFor: SVGElement | null = null;
  // The mark whose popup Escape just closed: focus returns to it without reopening it.
  let dismissed: SVGElement | null = null;

  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<SVGElement>(".mark") : null;

  // The popup shows the mark's row of the data table: the figure first, then each column
  // under its heading, leaving out empty ones ("—").
  const headings = Array.from(chart.querySelectorAll("thead th"), (th) => th.textContent ?? "");
  const ORDER = [2, 0, 1, 3, 4, 5, 6];
  const details = (row: Element) =>
    ORDER.flatMap((i, k) => {
      const cell = row.children[i];
      if (!cell || cell.textContent?.trim() === "—") return [];
      const line = document.createElement("p");
      if (k === 0) line.className = "chart__popup-figure";
      else
        line.append(
          Object.assign(document.createElement("b"), { textContent: `${headings[i]}: ` }),
        );
      line.append(...Array.from(cell.cloneNode(true).childNodes));
      return [line];
    });

  const show = (mark: SVGElement) => {
    if (shownFor === mark) return;
    const row = chart.querySelector(`tr[data-claim="${CSS.escape(mark.dataset.claim ?? "")}"]`);
    if (!row) return;
    popup.replaceChildren(...details(row));
    for (const link of popup.querySelectorAll("a")) link.tabIndex = -1;
    popup.hidden = false;
    shownFor = mark;
    place(mark);
  };
  // Beside the mark, on the first side (right, left, below, above) where the popup covers no
  // other mark or label and stays on screen (it may reach into the page's margin); where none
  // does, and always on a phone-width chart, docked under the chart's plots, covering nothing.
  const plots = chart.querySelector(".chart__plots");
  const place = (mark: SVGElement) => {
    popup.classList.remove("is-docked");
    chart.append(popup);
    const box = chart.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    const w = popup.offsetWidth;
    const h = popup.offsetHeight;
    const others = Array.from(chart.querySelectorAll(".mark, .direct-label, .spread"), (el) =>
      el === mark ? new DOMRect() : el.getBoundingClientRect(),
    ).filter((r) => r.width > 0);
    const midY = at.top + at.height / 2 - h / 2;
    const midX = at.left + at.width / 2 - w / 2;
    const spots: Array<[number, number]> =
      box.width < 560
        ? []
        : [
            [at.right + 12, midY],
            [at.left - 12 - w, midY],
            [midX, at.bottom + 10],
            [midX, at.top - 10 - h],
            // In the page's margin beside the chart, level with the mark.
            [box.right + 12, at.top - 16],
          ];
    const free = spots.find(
      ([x, y]) =>
        x >= 8 &&
        x + w <= document.documentElement.clientWidth - 8 &&
        y >= box.top &&
        !others.some((r) => r.left < x + w && x < r.right && r.top < y + h && y < r.bottom),
    );
    popup.style.left = popup.style.top = "";
    if (!free) {
      popup.classList.add("is-docked");
      plots?.after(popup);
      return;
    }
    popup.style.left = `${free[0] - box.left}px`;
    popup.style.top = `${free[1] - box.top}px`;
  };
  const hide = () => {
    popup.hidden = true;
    shownFor = null;
  };

  chart.addEventListener("focusin", (e) => {
    const mark = markOf(e.target);
    if (mark && mark !== dismissed) show(mark);
    dismissed = null;
  });
  chart.addEventListener("focusout", (e) => {
    if (!markOf(e.relatedTarget)) hide();
  });
  chart.addEventListener("click", (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
  });
  chart.addEventListener("mouseover", (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
    const label = (e.target as Element).closest?.(".direct-label, .chart__legend li");
    const who = label?.getAttribute("data-claimant");
    for (const el of chart.querySelectorAll("[data-claimant]")) {
      el.classList.toggle("is-dimmed", !!who && el.getAttribute("data-claimant") !== who);
    }
  });
  chart.addEventListener("mouseleave", () => {
    if (!chart.contains(document.activeElement)) hide();
    for (const el of chart.querySelectorAll(".is-dimmed")) el.classList.remove("is-dimmed");
  });
  chart.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || popup.hidden) return;
    dismissed = shownFor;
    hide();
    dismissed?.focus();
  });
}
