// suivi serve only (never in a built site): reloads the page after each rebuild and shows the
// problems of a failed rebuild over the page, which keeps showing the last version that built.
(function () {
  "use strict";
  var version = null;
  var overlay = null;
  var lastFocus = null;

  function addStyle() {
    if (document.getElementById("suivi-overlay-style")) return;
    var link = document.createElement("link");
    link.id = "suivi-overlay-style";
    link.rel = "stylesheet";
    link.href = "/__suivi/overlay.css";
    document.head.appendChild(link);
  }

  function hide() {
    if (!overlay) return;
    overlay.remove();
    overlay = null;
    if (lastFocus && lastFocus.focus) lastFocus.focus();
  }

  function show(text) {
    addStyle();
    if (overlay) overlay.remove();
    else lastFocus = document.activeElement;
    overlay = document.createElement("div");
    overlay.className = "suivi-overlay";
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("lang", "en");
    overlay.setAttribute("dir", "ltr");
    var title = document.createElement("h2");
    title.textContent = "The site could not be rebuilt";
    var help = document.createElement("p");
    help.textContent =
      "This page shows the last version that built. Fix the problem below and save the file: the page reloads by itself.";
    var details = document.createElement("pre");
    details.textContent = text;
    details.tabIndex = 0;
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.addEventListener("click", hide);
    overlay.append(title, help, details, close);
    document.body.appendChild(overlay);
    close.focus();
  }

  // Loaded now, so that the overlay is styled the moment it is needed.
  addStyle();

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") hide();
  });

  if (!window.EventSource) return;
  var events = new EventSource("/__suivi/events");
  events.addEventListener("version", function (e) {
    // A different version after a reconnection: the server rebuilt or restarted meanwhile.
    if (version !== null && e.data !== version) location.reload();
    version = e.data;
  });
  events.addEventListener("reload", function () {
    location.reload();
  });
  events.addEventListener("problem", function (e) {
    var text;
    try {
      text = JSON.parse(e.data);
    } catch (err) {
      text = e.data;
    }
    show(text);
  });
})();
