/* Suggested articles: "insert link" / "insert text" put the article into the reply (#reply-body)
   at the cursor. Loaded with every fragment; the listener is added once. */
(function () {
  if (window.caredeskKbInsert) return;
  window.caredeskKbInsert = true;
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-kb-insert]");
    if (!button) return;
    var box = document.getElementById("reply-body");
    if (!box) return;
    var text = button.getAttribute("data-kb-insert");
    var start = box.selectionStart != null ? box.selectionStart : box.value.length;
    var end = box.selectionEnd != null ? box.selectionEnd : box.value.length;
    var before = box.value.slice(0, start), after = box.value.slice(end);
    var lead = before && !/\n$/.test(before) ? "\n\n" : "";
    box.value = before + lead + text + "\n" + after;
    var caret = (before + lead + text + "\n").length;
    box.focus();
    box.setSelectionRange(caret, caret);
    box.dispatchEvent(new Event("input", { bubbles: true }));
  });
})();
