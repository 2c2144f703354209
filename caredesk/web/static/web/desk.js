// Keyboard shortcuts for the desk: n = next item, r = reply, j/k = move in lists, Enter = open.
(function () {
  "use strict";
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-row]"));
  }
  function move(step) {
    var list = rows();
    if (!list.length) return;
    var index = list.findIndex(function (row) { return row.classList.contains("current"); });
    index = Math.min(list.length - 1, Math.max(0, index + step));
    list.forEach(function (row) { row.classList.remove("current"); });
    list[index].classList.add("current");
    list[index].scrollIntoView({block: "nearest"});
    var link = list[index].querySelector("a");
    if (link) link.focus({preventScroll: true});
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === "n") {
      var next = document.getElementById("next-item-form");
      if (next) { event.preventDefault(); next.requestSubmit(); }
    } else if (event.key === "r") {
      var reply = document.getElementById("reply-body");
      if (reply) { event.preventDefault(); reply.scrollIntoView({block: "center"}); reply.focus(); }
    } else if (event.key === "j") {
      event.preventDefault(); move(1);
    } else if (event.key === "k") {
      event.preventDefault(); move(-1);
    }
  });
})();
