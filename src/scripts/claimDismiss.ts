// Escape hides the details of the figure under the pointer or focus (WCAG 1.4.13), until the
// pointer or focus moves on. The details open with CSS alone; this only adds the way out.
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  for (const claim of document.querySelectorAll(".claim:hover, .claim:focus-within")) {
    claim.classList.add("is-dismissed");
    const reset = () => claim.classList.remove("is-dismissed");
    claim.addEventListener("mouseleave", reset, { once: true });
    claim.addEventListener("focusout", reset, { once: true });
  }
});
