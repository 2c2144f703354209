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

// A canned answer chosen from a list is inserted into the reply at the cursor.
document.addEventListener("change", function (event) {
  var select = event.target;
  if (!select.matches || !select.matches("select[data-insert-into]")) return;
  var option = select.options[select.selectedIndex];
  var target = document.getElementById(select.getAttribute("data-insert-into"));
  if (!option || !option.dataset.text || !target) return;
  var start = target.selectionStart || target.value.length;
  var before = target.value.slice(0, start), after = target.value.slice(target.selectionEnd || start);
  var gap = before && !/\n$/.test(before) ? "\n" : "";
  target.value = before + gap + option.dataset.text + after;
  target.focus();
  select.selectedIndex = 0;
});
