// Injected by `vestnik:serve` only; never part of a published build. Waits for the next build,
// then reloads the page, or shows the build's errors over it until they are fixed.
(function () {
  var script = document.currentScript;
  var endpoint = script.getAttribute("data-endpoint");
  var seen = Number(script.getAttribute("data-generation"));
  function overlay(errors) {
    var box = document.getElementById("vestnik-errors");
    if (!errors.length) {
      if (box) { box.remove(); }
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.id = "vestnik-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.93);"
        + "color:#fff;font:14px/1.5 monospace;padding:2rem;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = "Vestnik: the last build failed; the page shows the last good build.\n\n" + errors.join("\n");
  }
  var first = true;
  function poll() {
    // the first request answers at once, so a page opened while the build is broken shows why
    var since = first ? -1 : seen;
    first = false;
    fetch(endpoint + "?since=" + since, {cache: "no-store"})
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (state.errors.length) {
          seen = state.generation;
          overlay(state.errors);
          poll();
        } else if (state.generation > seen) {
          location.reload();
        } else {
          overlay([]);
          poll();
        }
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
