// suivi serve only (never in a built site): shows the new version of the page after each rebuild
// that changes it, and the problems of a failed rebuild over the page, which keeps showing the
// last version that built.
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

  // The page's scripts other than this one: a page that has some is reloaded, not replaced.
  function ownScripts(doc) {
    return Array.prototype.filter.call(doc.scripts, function (s) {
      return !/\/__suivi\/livereload\.js$/.test(s.src);
    }).length;
  }

  function styles(doc) {
    return Array.prototype.map
      .call(doc.querySelectorAll('link[rel="stylesheet"]:not(#suivi-overlay-style)'), function (l) {
        return l.href;
      })
      .join(" ");
  }

  // Shows the new version of this page in place: one request, no navigation, the styles kept
  // and the scroll position with them. Falls back to a reload when the page has scripts of its
  // own (they would not run again) or other styles.
  function refresh() {
    if (!window.fetch || !window.DOMParser || ownScripts(document)) {
      location.reload();
      return;
    }
    fetch(location.href, { cache: "no-store" })
      .then(function (r) {
        var type = r.headers.get("content-type") || "";
        if (!r.ok || type.indexOf("text/html") !== 0) throw new Error("not a page");
        return r.text();
      })
      .then(function (text) {
        var next = new DOMParser().parseFromString(text, "text/html");
        if (ownScripts(next) || styles(next) !== styles(document)) throw new Error("other assets");
        var root = document.documentElement;
        root.lang = next.documentElement.lang;
        root.dir = next.documentElement.dir;
        document.title = next.title;
        document.body.replaceWith(document.adoptNode(next.body));
        // The overlay was in the old body; the site built, so it is gone for good.
        overlay = null;
        lastFocus = null;
      })
      .catch(function () {
        location.reload();
      });
  }

  if (!window.EventSource) return;
  var events = new EventSource(
    "/__suivi/events?page=" + encodeURIComponent(location.pathname)
  );
  events.addEventListener("version", function (e) {
    // A different version after a reconnection: the server rebuilt or restarted meanwhile.
    if (version !== null && e.data !== version) location.reload();
    version = e.data;
  });
  // This page changed with the theme, the locales or the configuration.
  events.addEventListener("reload", function () {
    location.reload();
  });
  // This page's content changed.
  events.addEventListener("refresh", function (e) {
    version = e.data;
    refresh();
  });
  // The site was rebuilt without changing this page.
  events.addEventListener("current", function (e) {
    version = e.data;
    hide();
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
