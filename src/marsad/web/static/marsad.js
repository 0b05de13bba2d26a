// Marsad: click an item of the side lists to find its span in the text.
document.addEventListener("click", (ev) => {
  const item = ev.target.closest("[data-jump]");
  if (!item || ev.target.closest("a")) return;
  const span = document.getElementById(item.dataset.jump);
  if (!span) return;
  span.scrollIntoView({ behavior: "smooth", block: "center" });
  span.classList.add("flash");
  setTimeout(() => span.classList.remove("flash"), 1600);
});
