// The version for visually impaired readers (Council of Ministers Resolution 645): the
// [data-low-vision-toggle] button switches it on and off in one press, [data-low-vision-images]
// hides or shows images while it is on. The choice is kept in localStorage, so it holds on every
// page and on the next visit; the page head applies it before the first paint. Without
// JavaScript the buttons stay hidden (they could not work) and the site is the usual one.
(function () {
  var root = document.documentElement;
  var keys = { mode: 'vestnik.lowVision', images: 'vestnik.lowVisionImages' };

  function store(key, value) {
    try {
      if (value) localStorage.setItem(key, value); else localStorage.removeItem(key);
    } catch (e) { /* private mode: the choice lasts for this page only */ }
  }

  function sync() {
    var on = root.classList.contains('low-vision');
    var imagesOff = root.classList.contains('low-vision-no-images');
    document.querySelectorAll('[data-low-vision-toggle]').forEach(function (button) {
      button.hidden = false;
      button.setAttribute('aria-pressed', String(on));
    });
    document.querySelectorAll('[data-low-vision-images]').forEach(function (button) {
      button.hidden = !on;
      button.setAttribute('aria-pressed', String(imagesOff));
    });
  }

  function init() {
    document.querySelectorAll('[data-low-vision-toggle]').forEach(function (button) {
      button.addEventListener('click', function () {
        var on = root.classList.toggle('low-vision');
        store(keys.mode, on ? 'on' : null);
        sync();
      });
    });
    document.querySelectorAll('[data-low-vision-images]').forEach(function (button) {
      button.addEventListener('click', function () {
        var off = root.classList.toggle('low-vision-no-images');
        store(keys.images, off ? 'off' : null);
        sync();
      });
    });
    sync();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
