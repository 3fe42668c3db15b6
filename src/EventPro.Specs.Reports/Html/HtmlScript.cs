namespace EventPro.Specs.Reports.Html;

/// <summary>
/// The report's only script, inlined: clicking a path row or a scenario highlights its edges on
/// that definition's diagrams (elements with a matching <c>data-key</c>); clicking it again clears.
/// Written without the characters &lt; and &amp; so the page stays well-formed XML.
/// </summary>
internal static class HtmlScript
{
    public const string Js = """
        (function () {
          function clear(section) {
            section.querySelectorAll('.hl').forEach(function (e) { e.classList.remove('hl'); });
            section.classList.remove('highlighting');
          }
          document.addEventListener('click', function (event) {
            var source = event.target.closest('[data-edges]');
            if (!source) { return; }
            var section = source.closest('section.definition');
            var active = source.classList.contains('hl');
            clear(section);
            if (active) { return; }
            source.classList.add('hl');
            section.classList.add('highlighting');
            source.getAttribute('data-edges').split(' ').forEach(function (key) {
              if (!key) { return; }
              section.querySelectorAll('[data-key="' + key + '"]').forEach(function (e) { e.classList.add('hl'); });
            });
          });
        })();
        """;
}
