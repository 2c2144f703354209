/* Refuse an oversize file before it is uploaded (the server checks again). */
document.addEventListener("change", function (event) {
  var input = event.target;
  if (!input.matches || !input.matches("input[type=file][data-max-bytes]")) return;
  var error = input.parentNode.querySelector("[data-file-error]");
  var message = "";
  if (input.files.length > Number(input.dataset.maxFiles)) message = input.dataset.tooMany;
  for (var i = 0; i < input.files.length && !message; i++) {
    if (input.files[i].size > Number(input.dataset.maxBytes)) {
      message = input.files[i].name + ": " + input.dataset.tooBig;
    }
  }
  if (message) input.value = "";
  if (error) { error.textContent = message; error.hidden = !message; }
});
