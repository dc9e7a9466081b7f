/* Search page: apply mode, sort and dates as soon as they change (the submit button stays
   for readers without JavaScript), and fold the filters away on a narrow screen. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosubmit]");
  if (form) {
    form.addEventListener("change", function (event) {
      var field = event.target;
      if (!field.name || ["mode", "scope", "sort", "from", "to"].indexOf(field.name) < 0) {
        return;
      }
      if (field.name === "from" || field.name === "to") {
        var value = field.value.trim();
        if (value && !/^\d{4}(-\d{1,2}(-\d{1,2})?)?$/.test(value)) {
          return; /* half-typed date: wait for the button or a valid date */
        }
      }
      if (form.requestSubmit) {
        form.requestSubmit();
      } else {
        form.submit();
      }
    });
  }
  var filters = document.querySelector("details[data-fold-narrow]");
  if (filters && window.matchMedia) {
    var narrow = window.matchMedia("(max-width: 48rem)");
    filters.open = !narrow.matches;
    /* On a wide screen the fold has no summary to click: keep it open there. */
    var follow = function (event) { filters.open = !event.matches; };
    if (narrow.addEventListener) {
      narrow.addEventListener("change", follow);
    } else if (narrow.addListener) {
      narrow.addListener(follow);
    }
  }
})();
