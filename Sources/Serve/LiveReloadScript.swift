import Build

/// The script `serve` adds to every HTML response: reloads on a new build and shows the
/// diagnostics of a failed one in an overlay (the last good page stays underneath).
enum LiveReloadScript {
    static let source = #"""
    (function () {
      "use strict";
      var SEARCH = "\#(SiteBuilder.searchPagePath)";
      var overlay = null;
      // The words come with the status, in the site's language (Message's catalogues).
      function hide() { if (overlay) { overlay.remove(); overlay = null; } }
      function show(status) {
        hide();
        overlay = document.createElement("div");
        overlay.setAttribute("role", "alertdialog");
        overlay.setAttribute("aria-label", status.label);
        overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem";
        var title = document.createElement("h2");
        title.textContent = status.title;
        title.style.cssText = "font:700 18px system-ui,sans-serif;margin:0 0 1rem";
        overlay.appendChild(title);
        status.diagnostics.forEach(function (d) {
          var pre = document.createElement("pre");
          pre.textContent = d.text;
          pre.style.cssText = "white-space:pre-wrap;background:#000;padding:1rem;border-left:4px solid #ff6b6b;margin:0 0 1rem";
          overlay.appendChild(pre);
        });
        var close = document.createElement("button");
        close.textContent = status.close;
        close.onclick = hide;
        overlay.appendChild(close);
        document.body.appendChild(overlay);
        close.focus();
      }
      var version = null;
      var source = new EventSource("/__zinynas/events");
      function handle(event) {
        var status = JSON.parse(event.data);
        if (!status.ok) { show(status); return; }
        if (version !== null && status.version !== version) { location.reload(); return; }
        version = status.version;
        hide();
      }
      source.addEventListener("hello", handle);
      source.addEventListener("reload", handle);
      source.addEventListener("errors", handle);
      // The search index, remade after the pages: a search page loaded before names files
      // that are gone now.
      source.addEventListener("indexes", function () {
        var path = location.pathname.replace(/index\.html$/, "");
        if (path.slice(-SEARCH.length) === SEARCH) location.reload();
      });
    })();
    """#
}
